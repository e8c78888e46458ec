using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GsiPortal.Core.Content;

/// <summary>
/// Reads an editors' file that lists, under each search unit's id, a list of short texts — the subject index's terms
/// (<c>paper/commitment-4: [term, term]</c>), the readers' questions (<c>paper/commitment-4:</c> then <c>  - question</c>
/// lines) — and checks it against the units search makes. Every problem is a warning naming its line that leaves out
/// that entry (or that item), never a refusal: such a file is an aid to search, and nothing it holds or lacks may keep
/// the texts from being served. Each entry is read apart (a top-level line and the indented lines under it), so that
/// one malformed line costs its own entry, not the file.
/// </summary>
internal sealed class UnitListsFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>The file's name, as warnings give it ("subject-index.yml").</summary>
    public required string FileName { get; init; }

    /// <summary>What one item is called in a warning ("term", "question").</summary>
    public required string Item { get; init; }

    /// <summary>How an entry is written, for the malformed-entry warning ("'paper/commitment-4: [term, term]'").</summary>
    public required string Shape { get; init; }

    /// <summary>The longest item kept, in characters.</summary>
    public required int MaxLength { get; init; }

    /// <param name="yaml">The file's text; null or blank: nothing listed.</param>
    /// <param name="unitIds">The ids of the library's search units, which the entries must name.</param>
    /// <param name="warnings">Where each problem is added, with the file's name and its line.</param>
    public Dictionary<string, IReadOnlyList<string>> Read(string? yaml, IReadOnlySet<string> unitIds, List<ContentError> warnings)
    {
        var byUnit = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(yaml)) return byUnit;
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, text) in Entries(yaml))
        {
            void Warn(string message, int at = 0) => warnings.Add(new ContentError(FileName, at > 0 ? at : line, message));
            Dictionary<string, List<string?>?>? entry;
            try
            {
                // The plain shape most entries have is read without the YAML parser, which costs the content's first
                // load tens of milliseconds of start-up the first time it reads a list written line by line.
                entry = Plain(text) ?? Yaml.Deserialize<Dictionary<string, List<string?>?>?>(text);
            }
            catch (YamlException e)
            {
                // The line within the entry where the parser stopped, kept within the entry's own lines.
                var within = Math.Clamp((int)e.Start.Line - 1, 0, text.Count(c => c == '\n'));
                Warn($"malformed entry, left out: write one unit a line, {Shape} ({e.InnerException?.Message ?? e.Message})", line + within);
                continue;
            }
            if (entry is not { Count: 1 })
            {
                Warn($"malformed entry, left out: write one unit a line, {Shape}");
                continue;
            }
            var (id, listed) = entry.First();
            id = id.Trim();
            if (!unitIds.Contains(id))
                Warn($"no search unit has the id '{id}', left out (a unit is 'paper/commitment-4', 'paper/background-p2', 'paper/priorities-p1' or 'lei-kezhong/p12')");
            else if (listed is null)
                Warn($"'{id}' lists no {Item}s, left out (write [] for a unit with none)");
            else if (lineOf.TryGetValue(id, out var first))
                Warn($"'{id}' is listed twice; the entry on line {first} is kept, this one left out");
            else
            {
                lineOf[id] = line;
                byUnit[id] = Items(id, listed, Warn);
            }
        }
        return byUnit;
    }

    /// <summary>The entry's items, spaces collapsed, each once; an empty or overlong item is a warning and left out.</summary>
    private List<string> Items(string id, List<string?> listed, Action<string, int> warn)
    {
        var items = new List<string>(listed.Count);
        foreach (var listedItem in listed)
        {
            var item = string.Join(' ', (listedItem ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!item.Any(char.IsLetterOrDigit))
                warn($"'{id}' lists a {Item} with no word in it ('{listedItem}'), left out", 0);
            else if (item.Length > MaxLength)
                warn($"'{id}' lists a {Item} of {item.Length} characters, longer than {MaxLength}, left out", 0);
            else if (items.Contains(item, StringComparer.OrdinalIgnoreCase))
                warn($"'{id}' lists '{item}' twice; kept once", 0);
            else
                items.Add(item);
        }
        return items;
    }

    /// <summary>
    /// An entry in the plainest shape — <c>unit/id:</c> and <c>  - words</c> lines, or <c>unit/id: []</c> — read as the
    /// YAML parser would read it; null for anything else (quotes, a flow list with items, a character YAML gives a
    /// meaning to), which the parser reads.
    /// </summary>
    private static Dictionary<string, List<string?>?>? Plain(string entry)
    {
        var lines = entry.Split('\n');
        var head = lines[0].TrimEnd();
        var colon = head.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || head.AsSpan(0, colon).IndexOfAnyExcept(IdCharacters) >= 0) return null;
        var rest = head.AsSpan(colon + 1).Trim();
        if (rest is not ("" or "[]")) return null;
        List<string?>? items = rest.Length > 0 ? [] : null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var item = line.TrimStart();
            if (item.Length == 0) continue;
            if (rest.Length > 0 || item.Length < 3 || !item.StartsWith("- ", StringComparison.Ordinal) || line.Length == item.Length) return null;
            item = item[2..].TrimStart();
            if (!IsPlain(item)) return null;
            (items ??= []).Add(item);
        }
        return new Dictionary<string, List<string?>?>(StringComparer.Ordinal) { [head[..colon]] = items };
    }

    /// <summary>Characters of a unit id ("paper/priority-18", "lei-kezhong/p12", "chen-xiangyang/p2.1").</summary>
    private static readonly System.Buffers.SearchValues<char> IdCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.");

    /// <summary>Whether YAML reads the text as itself: no indicator first, no ": " or " #" within, nothing it reads as null or as a comment.</summary>
    private static bool IsPlain(string text) =>
        text.Length > 0 && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0 && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':') && !text.Contains('\t') && text is not ("null" or "Null" or "NULL" or "~");

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
