using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthAgent.Core.Import;

/// <summary>A legacy file as last imported for a user (<c>legacy_import_files</c>): its checksum, to compare on the next run.</summary>
public sealed class ImportedFile
{
    /// <summary>The user.</summary>
    public Guid UserId { get; set; }

    /// <summary>The file's name in the user's folder.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Its SHA-256 when it was imported.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Its size then.</summary>
    public long Bytes { get; set; }

    /// <summary>When it was imported (UTC).</summary>
    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class ImportedFileConfiguration : IEntityTypeConfiguration<ImportedFile>
{
    public void Configure(EntityTypeBuilder<ImportedFile> file)
    {
        file.ToTable("legacy_import_files");
        file.HasKey(f => new { f.UserId, f.FileName });
    }
}
