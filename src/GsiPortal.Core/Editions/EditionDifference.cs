using GsiPortal.Core.Changes;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions.Archive;
using GsiPortal.Core.Glossary;

namespace GsiPortal.Core.Editions;

/// <summary>How a file of an edition differs from the same file in the edition it was made after.</summary>
public enum FileChangeKind { Added, Removed, Changed }

/// <summary>
/// One file that differs between an edition and the one it was made after: a text (<c>paper.md</c>, a commentary), the
/// changelog, the glossary, or the quote check's antonym list. For a text, which keys of its front matter differ and
/// whether anything after the front matter does (its words, or only its headings and the editors' labels: the passage
/// history says which paragraphs' words).
/// </summary>
public sealed record FileChange(string File, FileChangeKind Kind, IReadOnlyList<string> FrontMatterKeys, bool BodyChanged);

/// <summary>
/// What differs between each edition and the one it was made after, read from the archive's lists and, for a text that
/// changed, its two copies — derived, never told: an edition whose changelog names no change of its own (an edit of the
/// glossary, of the antonym list, of a text's front matter) is still said to be what it is. Read with the catalog, when
/// an edition is put in service, never by a request; only the files that differ are read.
/// </summary>
public static class EditionDifference
{
    /// <summary>The antonym list's name among an edition's files (the archive keeps its hash apart from the texts').</summary>
    public const string AntonymsFile = "antonyms.yml";

    /// <summary>Each edition's differences from the one before it in <paramref name="editions"/> (the order they were made in); the first has none.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FileChange>> Read(EditionArchive archive, IReadOnlyList<ArchivedEdition> editions)
    {
        var result = new Dictionary<string, IReadOnlyList<FileChange>>(StringComparer.Ordinal);
        for (var i = 1; i < editions.Count; i++)
            result[editions[i].Id] = Between(archive, editions[i - 1], editions[i]);
        return result;
    }

    /// <summary>The files that differ from <paramref name="before"/> to <paramref name="after"/>, by name.</summary>
    public static IReadOnlyList<FileChange> Between(EditionArchive archive, ArchivedEdition before, ArchivedEdition after)
    {
        var changes = new List<FileChange>();
        foreach (var name in before.Files.Keys.Union(after.Files.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.Files.GetValueOrDefault(name);
            var now = after.Files.GetValueOrDefault(name);
            if (was == now) continue;
            if (was is null || now is null) { changes.Add(new FileChange(name, was is null ? FileChangeKind.Added : FileChangeKind.Removed, [], false)); continue; }
            var isText = name is not (ChangeLogReader.FileName or GlossaryReader.FileName);
            var (old, _) = isText ? archive.ReadFile(was, name, before.Id) : (null, null);
            var (@new, _) = isText ? archive.ReadFile(now, name, after.Id) : (null, null);
            changes.Add(old is null || @new is null ? new FileChange(name, FileChangeKind.Changed, [], true) : Compare(name, old, @new));
        }
        if (before.Antonyms != after.Antonyms && (before.Antonyms is not null || after.Antonyms is not null))
            changes.Add(new FileChange(AntonymsFile, before.Antonyms is null ? FileChangeKind.Added : after.Antonyms is null ? FileChangeKind.Removed : FileChangeKind.Changed, [], false));
        return changes;
    }

    /// <summary>A text's two copies compared: the front matter key by key, and the rest as a whole.</summary>
    public static FileChange Compare(string name, string before, string after)
    {
        var (oldKeys, oldBody) = Split(before);
        var (newKeys, newBody) = Split(after);
        var keys = oldKeys.Keys.Union(newKeys.Keys)
            .Where(k => oldKeys.GetValueOrDefault(k) != newKeys.GetValueOrDefault(k)).ToList();
        return new FileChange(name, FileChangeKind.Changed, keys, oldBody != newBody);
    }

    /// <summary>
    /// The front matter's top-level keys, each with its lines (a key at the line's start, its value and any indented or
    /// listed lines under it), and the text after it. Line by line rather than through YAML: what is compared is what
    /// the editors wrote, and a key whose value reads the same but is written otherwise did change in the file.
    /// </summary>
    private static (Dictionary<string, string> Keys, string Body) Split(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return (keys, markdown);
        string? key = null;
        var i = 1;
        for (; i < lines.Length && lines[i].TrimEnd() != "---"; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':');
            if (colon > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('-' or '#') && line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                key = line[..colon];
                keys[key] = line[(colon + 1)..].Trim();
            }
            else if (key is not null && line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
                keys[key] += "\n" + line.Trim();
        }
        return (keys, string.Join('\n', lines.Skip(i + 1)));
    }
}
