using System.Globalization;
using GsiPortal.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GsiPortal.Core.Changes;

/// <summary>
/// Reads <c>content/changes.md</c>: YAML front matter with <c>kind: changelog</c> and a <c>changes:</c> list, each entry
/// with an id, a date (YYYY-MM-DD), a kind, the texts it changed and a summary. Every problem names file and line,
/// and refuses the library like any other content problem.
/// </summary>
public static class ChangeLogReader
{
    /// <summary>The one file name the loader reads as the changelog rather than as a text.</summary>
    public const string FileName = "changes.md";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private sealed class File
    {
        public string? Kind { get; set; }
        public List<Entry>? Changes { get; set; }
    }

    private sealed class Entry
    {
        public string? Id { get; set; }
        public string? Date { get; set; }
        public string? Kind { get; set; }
        public List<string>? Texts { get; set; }
        public string? Summary { get; set; }
        public string? Title { get; set; }
        public string? Edition { get; set; }
    }

    /// <summary>Reads and checks the changelog; <paramref name="documentIds"/> is null while some text could not be read, and then the texts named are not checked.</summary>
    public static ChangeLog Read(string markdown, IReadOnlySet<string>? documentIds, List<ContentError> errors)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        if (lines.Length < 2 || lines[0].Trim() != "---" || Array.FindIndex(lines, 1, l => l.Trim() == "---") is var end && end < 0)
        {
            errors.Add(new ContentError(FileName, 1, "the changelog must begin with a '---' block of YAML"));
            return ChangeLog.Empty;
        }
        File? file;
        try
        {
            file = Yaml.Deserialize<File?>(string.Join('\n', lines[1..end]));
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(FileName, (int)e.Start.Line + 1, $"malformed changelog: {e.InnerException?.Message ?? e.Message}"));
            return ChangeLog.Empty;
        }
        if (file?.Kind != "changelog") errors.Add(new ContentError(FileName, 2, "the changelog's front matter must say kind: changelog"));
        if (file?.Changes is not { Count: > 0 } entries)
        {
            errors.Add(new ContentError(FileName, 2, "the changelog lists no changes"));
            return ChangeLog.Empty;
        }

        var changes = new List<Change>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var line = LineOf(lines, entry.Id);
            var before = errors.Count;
            void Problem(string message) => errors.Add(new ContentError(FileName, line, message));

            if (string.IsNullOrWhiteSpace(entry.Id) || !entry.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) Problem($"change id '{entry.Id}' must be lower-case letters, digits and hyphens");
            else if (!ids.Add(entry.Id)) Problem($"duplicate change id '{entry.Id}'");
            if (!DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) Problem($"change date '{entry.Date}' is not YYYY-MM-DD");
            var kind = Enum.GetValues<ChangeKind>().Cast<ChangeKind?>().FirstOrDefault(k => k!.Value.ToString().ToLowerInvariant() == entry.Kind);
            if (kind is null) Problem($"change kind '{entry.Kind}' must be one of: {string.Join(", ", Enum.GetNames<ChangeKind>().Select(n => n.ToLowerInvariant()))}");
            if (entry.Texts is not { Count: > 0 }) Problem("a change names the texts it changed: texts: [paper, …]");
            else foreach (var unknown in entry.Texts.Where(t => documentIds is not null && !documentIds.Contains(t))) Problem($"change names the text '{unknown}', which the content folder does not have");
            if (string.IsNullOrWhiteSpace(entry.Summary)) Problem("a change needs a summary");
            // A headline for a feed reader's list: one line, short; the summary says the rest.
            if (entry.Title is { } title && (string.IsNullOrWhiteSpace(title) || title.Contains('\n') || title.Trim().Length > Change.TitleMaxLength))
                Problem($"a change's title is one line of at most {Change.TitleMaxLength} characters: '{title.Trim()}'");
            if (entry.Edition is { } made && !Content.ContentVersion.IsWellFormed(made))
                Problem($"a change's edition '{made}' must be an edition's id, 12 hex digits in lower case");
            if (errors.Count > before) continue;
            changes.Add(new Change(entry.Id!, date, kind!.Value, entry.Texts!, entry.Summary!.Trim()) { Title = entry.Title?.Trim(), MadeIn = entry.Edition });
        }
        return new ChangeLog(changes);
    }

    /// <summary>The line that declares an entry's id, for messages; the front matter's first line when not found.</summary>
    private static int LineOf(string[] lines, string? id)
    {
        if (!string.IsNullOrEmpty(id))
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].TrimStart(' ', '-').StartsWith("id:", StringComparison.Ordinal) && lines[i].Contains(id, StringComparison.Ordinal)) return i + 1;
        return 2;
    }
}
