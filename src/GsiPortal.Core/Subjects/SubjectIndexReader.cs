using GsiPortal.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GsiPortal.Core.Subjects;

/// <summary>
/// Reads content/subject-index.yml — one entry a unit, <c>paper/commitment-4: [term, term, …]</c> — and checks it
/// against the units search makes of the library. Every problem is a warning naming its line that leaves out that
/// entry (or that term), never a refusal: the index is an aid to search, and nothing it holds or lacks may keep the
/// texts from being served. Each entry is read apart (a top-level line and the indented lines under it), so that one
/// malformed line costs its own entry, not the file.
/// </summary>
internal static class SubjectIndexReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>Longer than any index term a reader would type (the indexer writes phrases of one to four words).</summary>
    internal const int MaxTermLength = 80;

    /// <param name="yaml">The file's text; null or blank: no subject index.</param>
    /// <param name="unitIds">The ids of the library's search units, which the entries must name.</param>
    /// <param name="warnings">Where each problem is added, with the file's name and its line.</param>
    public static SubjectIndex Read(string? yaml, IReadOnlySet<string> unitIds, List<ContentError> warnings)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return SubjectIndex.Empty;
        var byUnit = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, text) in Entries(yaml))
        {
            void Warn(string message, int at = 0) => warnings.Add(new ContentError(SubjectIndex.FileName, at > 0 ? at : line, message));
            Dictionary<string, List<string?>?>? entry;
            try
            {
                entry = Yaml.Deserialize<Dictionary<string, List<string?>?>?>(text);
            }
            catch (YamlException e)
            {
                // The line within the entry where the parser stopped, kept within the entry's own lines.
                var within = Math.Clamp((int)e.Start.Line - 1, 0, text.Count(c => c == '\n'));
                Warn($"malformed entry, left out: write one unit a line, 'paper/commitment-4: [term, term]' ({e.InnerException?.Message ?? e.Message})", line + within);
                continue;
            }
            if (entry is not { Count: 1 })
            {
                Warn("malformed entry, left out: write one unit a line, 'paper/commitment-4: [term, term]'");
                continue;
            }
            var (id, listed) = entry.First();
            id = id.Trim();
            if (!unitIds.Contains(id))
                Warn($"no search unit has the id '{id}', left out (a unit is 'paper/commitment-4', 'paper/background-p2', 'paper/priorities-p1' or 'lei-kezhong/p12')");
            else if (listed is null)
                Warn($"'{id}' lists no terms, left out (write [] for a unit with none)");
            else if (lineOf.TryGetValue(id, out var first))
                Warn($"'{id}' is listed twice; the entry on line {first} is kept, this one left out");
            else
            {
                lineOf[id] = line;
                byUnit[id] = Terms(id, listed, Warn);
            }
        }
        return byUnit.Count == 0 ? SubjectIndex.Empty : new SubjectIndex(byUnit);
    }

    /// <summary>The entry's terms, trimmed, each once; an empty or overlong term is a warning and left out.</summary>
    private static List<string> Terms(string id, List<string?> listed, Action<string, int> warn)
    {
        var terms = new List<string>(listed.Count);
        foreach (var listedTerm in listed)
        {
            var term = string.Join(' ', (listedTerm ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!term.Any(char.IsLetterOrDigit))
                warn($"'{id}' lists a term with no word in it ('{listedTerm}'), left out", 0);
            else if (term.Length > MaxTermLength)
                warn($"'{id}' lists a term of {term.Length} characters, longer than {MaxTermLength}, left out", 0);
            else if (terms.Contains(term, StringComparer.OrdinalIgnoreCase))
                warn($"'{id}' lists '{term}' twice; kept once", 0);
            else
                terms.Add(term);
        }
        return terms;
    }

    /// <summary>
    /// Each entry's first line (1-based) and text: a line that starts in the first column (not a comment), with the
    /// indented lines after it, where a list written over several lines continues.
    /// </summary>
    private static IEnumerable<(int Line, string Text)> Entries(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("---", StringComparison.Ordinal)) continue;
            // Indented before any entry: read as one, so that it is reported rather than passed over in silence.
            if (char.IsWhiteSpace(line[0]) && (line.Trim().Length == 0 || line.TrimStart()[0] == '#')) continue;
            var end = i + 1;
            while (end < lines.Length && (lines[end].Length == 0 || char.IsWhiteSpace(lines[end][0]))) end++;
            yield return (i + 1, string.Join('\n', lines[i..end]));
            i = end - 1;
        }
    }
}
