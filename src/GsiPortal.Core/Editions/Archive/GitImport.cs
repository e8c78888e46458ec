using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Editions.Archive;

/// <summary>
/// Seeds the archive from the content folder's git history, so that every edition already cited (the ids issued
/// before the archive existed) is served too: each commit that changed the folder on the line the site was served
/// from (merges' first parents; a merged branch's own commits were never served) is read as the site would have read it then, archived under its edition id, and the id the site issued for it then kept as an alias.
/// Bounded (<see cref="Limits"/>): the newest commits only, each git call within a time, each file within the
/// content folder's size limit; a commit that cannot be read is reported and passed over, never the end of the import.
/// </summary>
public static class GitImport
{
    /// <summary>One commit's outcome, for the command's report.</summary>
    public sealed record Imported(string Commit, DateTimeOffset When, string Edition, string Issued, bool Loads, string? Problem);

    /// <summary>What one import may cost: at most <paramref name="Commits"/> commits (the newest), each git call at most <paramref name="GitTimeout"/>, files within <paramref name="Files"/>.</summary>
    public sealed record Limits(int Commits, TimeSpan GitTimeout, ContentLimits Files)
    {
        public static Limits Default { get; } = new(1000, TimeSpan.FromSeconds(60), ContentLimits.Default);
    }

    /// <summary>Why the folder's history cannot be read at all (git missing, not a work tree); null when it can.</summary>
    public static string? Unavailable(string contentFolder, string git = "git")
    {
        try
        {
            Git(git, contentFolder, TimeSpan.FromSeconds(30), "rev-parse", "--show-toplevel");
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    public static IReadOnlyList<Imported> Run(string contentFolder, EditionArchive archive, TextWriter log) =>
        Run(contentFolder, archive, log, Limits.Default, "git", CancellationToken.None);

    /// <summary>Imports the history; throws <see cref="InvalidOperationException"/> with git's reason when the history cannot be listed at all.</summary>
    public static IReadOnlyList<Imported> Run(string contentFolder, EditionArchive archive, TextWriter log, Limits limits, string git, CancellationToken cancellation)
    {
        string Run(string directory, params string[] arguments) => Git(git, directory, limits.GitTimeout, arguments);
        var root = Run(contentFolder, "rev-parse", "--show-toplevel").Trim();
        var prefix = Run(contentFolder, "rev-parse", "--show-prefix").Trim();
        var path = prefix.Length == 0 ? "." : prefix;
        // The newest commits, oldest first: git limits before it reverses. Only the line the site was served from (the
        // first parent of each merge): a commit on a branch merged later was never served, so it issued no id, and read
        // as an edition it stood between those that were, out of their order (an edition of 30 November, a side
        // branch's, came before two of 25 November made after it on another, and /changes said a change of 25 November
        // was first held "after the edition of 30 November").
        var commits = Run(root, "log", "--first-parent", "--reverse", $"-n{Math.Max(1, limits.Commits)}", "--format=%H %cI", "--", path)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[0].Length >= 12)
            .Select(parts => (Commit: parts[0], When: DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? when : (DateTimeOffset?)null))
            .ToList();
        var imported = new List<Imported>();
        foreach (var (commit, when) in commits)
        {
            cancellation.ThrowIfCancellationRequested();
            var short12 = commit[..12];
            try
            {
                if (when is null) throw new InvalidOperationException("its date cannot be read");
                imported.Add(ImportOne(commit, when.Value, root, prefix, archive, limits, Run, log));
            }
            catch (InvalidOperationException e)
            {
                // An odd commit (a file too large, a link where a file was, git failing on one object) is passed over.
                log.WriteLine($"{short12}: passed over: {e.Message}");
                imported.Add(new Imported(short12, when ?? default, "", "", false, e.Message));
            }
        }
        return imported;
    }

    private static Imported ImportOne(string commit, DateTimeOffset when, string root, string prefix, EditionArchive archive, Limits limits,
        Func<string, string[], string> run, TextWriter log)
    {
        var short12 = commit[..12];
        // "<mode> <type> <object> <size>\t<path>": only regular files (mode 100644 or 100755), as ContentFiles reads only regular files.
        var entries = run(root, ["ls-tree", "-l", commit, prefix.Length == 0 ? "." : prefix])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Meta: parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), Name: parts[1][prefix.Length..]))
            .Where(e => e.Meta.Length == 4 && e.Meta[1] == "blob" && e.Meta[0] is "100644" or "100755")
            .ToDictionary(e => e.Name, e => long.TryParse(e.Meta[3], out var size) ? size : long.MaxValue, StringComparer.Ordinal);
        string Show(string name)
        {
            if (entries[name] > limits.Files.MaxFileBytes)
                throw new InvalidOperationException($"{name} is {entries[name]} bytes, more than a content file may be ({limits.Files.MaxFileBytes})");
            return run(root, ["show", $"{commit}:{prefix}{name}"]);
        }
        string? Curated(string name) => entries.ContainsKey(name) ? Show(name) : null;
        // Read as ContentFiles would have: top-level Markdown that is not an editor's by-product, and the curated lists.
        var files = entries.Keys.Where(ContentFiles.IsContent).Order(StringComparer.Ordinal).Select(name => (name, Show(name))).ToList();
        var terms = Curated(SearchTerms.FileName);
        var antonyms = Curated(Quotes.Antonyms.FileName);
        var links = Curated(CrossReferences.LinkJudgements.FileName);
        var (edition, issued) = ContentVersion.Of(files, terms, antonyms, links);
        // Read as history: what today's checks only advise against (a [sic] word the text lacks) does not keep it out.
        var result = ContentLoader.LoadHistory(files, $"git {short12}", terms, antonyms, links: links);
        if (result.IsValid)
        {
            archive.Store(result.Library!, when, $"git {short12}");
        }
        else
        {
            // Content today's checks refuse is archived all the same: its id was issued, and the edition's page says why it cannot be shown.
            archive.Store(edition, files, terms, DateOnly.FromDateTime(when.UtcDateTime), [], when, $"git {short12}", antonyms, links);
            if (ContentVersion.OfFirstRule(files, terms, antonyms, links) is { } first) archive.AddAlias(first, edition);
        }
        // Before the antonyms were part of an edition, these texts were issued under the id of the texts alone.
        archive.AddAlias(ContentVersion.OfTextsAlone(files), edition);
        var problem = result.IsValid ? null : result.Errors.FirstOrDefault()?.ToString();
        var warning = result.Warnings.FirstOrDefault() is { } w ? $"; served with a warning: {w}" : "";
        log.WriteLine($"{short12} {when:yyyy-MM-dd}: edition {edition} (issued as {issued}){(problem is null ? warning : $"; not readable today: {problem}")}");
        return new Imported(short12, when, edition, issued, result.IsValid, problem);
    }

    /// <summary>Runs git and returns its standard output; <see cref="InvalidOperationException"/> with a reader's reason when it cannot be started, fails or takes too long.</summary>
    private static string Git(string git, string directory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(git) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{git} could not be started");
        }
        catch (Exception e) when (e is Win32Exception or DirectoryNotFoundException)
        {
            throw new InvalidOperationException(e is Win32Exception ? $"git could not be run ({git}: {e.Message}): is it installed?" : $"{directory} does not exist", e);
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                throw new InvalidOperationException($"git {string.Join(' ', arguments)} took more than {timeout.TotalSeconds:0} s and was stopped");
            }
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {errors.Result.Trim()}");
            return output.Result;
        }
    }
}
