using System.Text.Json;

namespace SalesCoachBot.TestSupport.Databases;

/// <summary>
/// Searches every text column of every table of a test database (<see cref="TestDatabase"/>) for a
/// text, as written or as JSON escapes it: what an erasure test needs to prove a name is gone.
/// </summary>
public static class DatabaseText
{
    /// <summary>The <c>table.column</c> places holding <paramref name="text"/>, one per row found.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(string databasePath, string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var forms = new[] { text, JsonSerializer.Serialize(text)[1..^1] }.Distinct(StringComparer.Ordinal).ToList();
        await using var connection = TestDatabase.Connect(databasePath);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TestDatabase.IsPostgres
                ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', 'character varying')"
                : "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND p.type = 'TEXT'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            foreach (var form in forms)
            {
                await using var search = connection.CreateCommand();
                search.CommandText = TestDatabase.IsPostgres
                    ? $"SELECT count(*) FROM \"{table}\" WHERE strpos(\"{column}\", @text) > 0"
                    : $"SELECT count(*) FROM \"{table}\" WHERE instr(\"{column}\", @text) > 0";
                var parameter = search.CreateParameter();
                parameter.ParameterName = "@text";
                parameter.Value = form;
                search.Parameters.Add(parameter);
                var count = Convert.ToInt64(await search.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                found.AddRange(Enumerable.Repeat($"{table}.{column}", (int)count));
            }
        }

        return found;
    }
}
