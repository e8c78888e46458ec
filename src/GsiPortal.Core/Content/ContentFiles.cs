namespace GsiPortal.Core.Content;

/// <summary>
/// Lists and reads the content folder's Markdown files. A folder is edited while it is served — by editors, editors'
/// tools and deploys — so every failure to list or read a file is a problem with its file, never an exception:
/// a file that vanishes between listing and reading, a dangling symlink, an unreadable file, a directory named
/// <c>x.md</c>.
/// </summary>
/// <remarks>
/// Ignored by rule, because editors' tools write them beside the texts: names beginning with a dot (<c>.#paper.md</c>,
/// the lock Emacs writes as a dangling symlink; <c>.paper.md.swp</c>), with <c>#</c> (Emacs auto-save) or ending in
/// <c>~</c> (backups). Only <c>*.md</c> is read at all.
/// </remarks>
public static class ContentFiles
{
    /// <summary>Whether a file name in the content folder is content (a Markdown file that is not an editor's by-product).</summary>
    public static bool IsContent(string name) =>
        name.EndsWith(".md", StringComparison.Ordinal) && name.Length > 3
        && name[0] is not ('.' or '#' or '~') && !name.EndsWith('~');

    /// <summary>Whether a change to the file should reload the content: a content file, or the search terms (search-terms.yml).</summary>
    public static bool IsWatched(string name) => IsContent(name) || name == SearchTerms.FileName;

    /// <summary>The text of search-terms.yml, null when there is none; a file that cannot be read is a problem, not an exception.</summary>
    public static (string? Text, ContentError? Problem) ReadSearchTerms(string directory)
    {
        var path = Path.Combine(directory, SearchTerms.FileName);
        try
        {
            return (File.Exists(path) ? File.ReadAllText(path) : null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, new ContentError(SearchTerms.FileName, 0, $"cannot be read: {e.Message}"));
        }
    }

    /// <summary>The content files as (name, text), ordered by name; null with the problem when the folder itself cannot be listed.</summary>
    public static (IReadOnlyList<(string Name, string Markdown)>? Files, IReadOnlyList<ContentError> Problems) Read(string directory)
    {
        List<string> names;
        try
        {
            if (!Directory.Exists(directory)) return (null, [new ContentError(directory, 0, "content folder not found")]);
            names = Directory.EnumerateFileSystemEntries(directory).Select(path => Path.GetFileName(path))
                .Where(IsContent).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, [new ContentError(directory, 0, $"content folder cannot be listed: {e.Message}")]);
        }

        var files = new List<(string, string)>();
        var problems = new List<ContentError>();
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            if (Directory.Exists(path))
            {
                problems.Add(new ContentError(name, 0, "is a folder, not a file: rename it so it does not end in .md"));
                continue;
            }
            try
            {
                files.Add((name, File.ReadAllText(path)));
            }
            catch (FileNotFoundException)
            {
                problems.Add(new ContentError(name, 0, DanglingLinkTarget(path) is { } target
                    ? $"is a symbolic link to '{target}', which does not exist"
                    : "vanished while the folder was being read"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                problems.Add(new ContentError(name, 0, $"cannot be read: {e.Message}"));
            }
        }
        return (files, problems);
    }

    /// <summary>
    /// A digest of what a reload would read now: every content file's name and text, and every problem reading them.
    /// File watchers miss a folder swapped by symbolic link (Kubernetes' <c>..data</c>, <c>ln -sfn</c> releases) and
    /// times and sizes can repeat across a swap, so the watcher polls this; the texts are a few hundred kilobytes.
    /// </summary>
    public static string Fingerprint(string directory)
    {
        var (files, problems) = Read(directory);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (name, markdown) in files ?? []) hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\0{markdown}\0"));
        foreach (var problem in problems) hash.AppendData(System.Text.Encoding.UTF8.GetBytes(problem.ToString()));
        var (terms, termsProblem) = ReadSearchTerms(directory);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{SearchTerms.FileName}\0{terms}\0{termsProblem}"));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string? DanglingLinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
