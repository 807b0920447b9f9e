using System.Globalization;
using System.Text.Json;

namespace SalesCoachBot.Coaching.Manager.Team;

/// <summary>
/// Reads a team file: CSV (<c>rep,manager</c> per line, an optional header, <c>#</c> comments) or
/// JSON (<c>[{"rep": …, "manager": …}]</c>). Malformed rows become errors naming their line.
/// </summary>
public static class TeamFileReader
{
    public static (IReadOnlyList<TeamImportRow> Rows, IReadOnlyList<string> Errors) Read(string path, string content, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(content, culture) : ReadCsv(content, culture);
    }

    private static (IReadOnlyList<TeamImportRow>, IReadOnlyList<string>) ReadCsv(string content, CultureInfo culture)
    {
        var rows = new List<TeamImportRow>();
        var errors = new List<string>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',', ';', '\t').Select(c => c.Trim().Trim('"')).ToArray();
            if (i == 0 && cells.Length >= 2 && string.Equals(cells[0], "rep", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
            {
                errors.Add(NudgeText.Format("Import.BadRow", culture, i + 1));
                continue;
            }

            rows.Add(new TeamImportRow(i + 1, cells[0], cells[1]));
        }

        return (rows, errors);
    }

    private static (IReadOnlyList<TeamImportRow>, IReadOnlyList<string>) ReadJson(string content, CultureInfo culture)
    {
        var rows = new List<TeamImportRow>();
        var errors = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return (rows, [NudgeText.Get("Import.BadJson", culture)]);
            }

            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                var rep = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("rep", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()!.Trim() : string.Empty;
                var manager = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("manager", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()!.Trim() : string.Empty;
                if (rep.Length == 0 || manager.Length == 0)
                {
                    errors.Add(NudgeText.Format("Import.BadRow", culture, index));
                    continue;
                }

                rows.Add(new TeamImportRow(index, rep, manager));
            }
        }
        catch (JsonException)
        {
            errors.Add(NudgeText.Get("Import.BadJson", culture));
        }

        return (rows, errors);
    }
}
