using HealthAgent.Core.Data;
using HealthAgent.Core.Privacy;
using Microsoft.EntityFrameworkCore;

namespace HealthAgent.Core.Import;

/// <summary>The legacy files imported for the user, with their checksums; deletion is covered by the users row's cascade.</summary>
public sealed class ImportSection(HealthDbContext db) : IUserDataSection
{
    /// <inheritdoc />
    public string Name => "legacyImport";

    /// <inheritdoc />
    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Set<ImportedFile>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.FileName)
            .Select(f => new { f.FileName, f.Sha256, f.Bytes, f.ImportedAt }).ToListAsync(cancellationToken);
}
