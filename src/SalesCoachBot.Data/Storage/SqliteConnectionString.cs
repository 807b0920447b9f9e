using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace SalesCoachBot.Data.Storage;

/// <summary>The SQLite connection string: the configured one, else <c>salescoach.db</c> in the data folder; the file's folder is created.</summary>
internal static class SqliteConnectionString
{
    public const string DefaultFileName = "salescoach.db";

    public static string Resolve(IConfiguration configuration, StorageOptions options, string contentRootPath)
    {
        var configured = configuration.GetConnectionString(StorageOptions.ConnectionStringName);
        var builder = string.IsNullOrWhiteSpace(configured)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory(options, contentRootPath), DefaultFileName) }
            : new SqliteConnectionStringBuilder(configured);

        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.IsPathRooted(file) ? file : Path.Combine(contentRootPath, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            builder.DataSource = full;
        }

        return builder.ToString();
    }

    private static string DataDirectory(StorageOptions options, string contentRootPath) =>
        string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.Combine(contentRootPath, "data")
            : Path.GetFullPath(options.DataDirectory, contentRootPath);
}
