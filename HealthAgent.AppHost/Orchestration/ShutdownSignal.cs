using System.Runtime.InteropServices;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>Turns Ctrl+C and SIGTERM into a cancellation, so the AppHost stops its resources in order instead of dying with them running.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    /// <summary>Starts listening for SIGINT and SIGTERM.</summary>
    public ShutdownSignal()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];
    }

    /// <summary>Cancelled when a stop was asked for.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _source.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Cancelling the default action keeps the process alive until everything it started has stopped.
        context.Cancel = true;
        _source.Cancel();
    }
}
