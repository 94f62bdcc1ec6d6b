using HealthAgent.AppHost.Resources;

namespace HealthAgent.AppHost.Orchestration;

/// <summary>Orders resources so that each comes after everything it waits for.</summary>
public static class ResourceGraph
{
    /// <summary>A start order over <see cref="Resource.WaitsFor"/>, stable with respect to declaration order.</summary>
    /// <exception cref="ResourceCycleException">Resources wait for each other in a cycle.</exception>
    public static IReadOnlyList<Resource> StartOrder(IReadOnlyList<Resource> resources)
    {
        var order = new List<Resource>();
        var done = new HashSet<Resource>();
        var path = new List<Resource>();
        foreach (var resource in resources)
        {
            Visit(resource, order, done, path);
        }
        return order;
    }

    private static void Visit(Resource resource, List<Resource> order, HashSet<Resource> done, List<Resource> path)
    {
        if (done.Contains(resource))
        {
            return;
        }
        var index = path.IndexOf(resource);
        if (index >= 0)
        {
            throw new ResourceCycleException([.. path.Skip(index).Select(r => r.Name), resource.Name]);
        }
        path.Add(resource);
        foreach (var dependency in resource.WaitsFor)
        {
            Visit(dependency, order, done, path);
        }
        path.RemoveAt(path.Count - 1);
        done.Add(resource);
        order.Add(resource);
    }
}
