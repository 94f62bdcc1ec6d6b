namespace HealthAgent.AppHost.Resources;

/// <summary>Adds PostgreSQL, as Aspire.Hosting.PostgreSQL does.</summary>
public static class PostgresBuilderExtensions
{
    /// <summary>Adds a PostgreSQL server.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    /// <summary>Adds a database on the server; it waits for the server because it cannot exist without it.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        var database = new PostgresDatabaseResource(name, server.Resource);
        database.WaitsFor.Add(server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database);
    }
}
