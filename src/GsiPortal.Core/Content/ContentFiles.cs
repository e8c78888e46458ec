using System.Security.Cryptography;
using System.Text;

namespace GsiPortal.Core.Content;

/// <summary>
/// Lists and reads the content folder's Markdown files. A folder is edited while it is served — by editors, editors'
/// tools and deploys — so every failure to list or read a file is a problem with its file, never an exception:
/// a file that vanishes between listing and reading, a dangling symlink, an unreadable file, a directory named
/// <c>x.md</c>. Only regular files are read, and only up to <see cref="ContentLimits.MaxFileBytes"/>: a named pipe
/// would block the reader for ever, <c>/dev/zero</c> would fill the memory, and a 3 GB file would do both slowly.
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

    /// <summary>The curated word lists beside the texts: read with them, watched, and part of the content's version.</summary>
    public static IReadOnlyList<string> CuratedLists { get; } = [SearchTerms.FileName, Quotes.Antonyms.FileName, CrossReferences.LinkJudgements.FileName, Subjects.SubjectIndex.FileName,
        Questions.ReaderQuestions.FileName];

    /// <summary>Whether a change to the file should reload the content: a content file, or a curated list (search-terms.yml, antonyms.yml, links.yml, subject-index.yml, reader-questions.yml).</summary>
    public static bool IsWatched(string name) => IsContent(name) || CuratedLists.Contains(name);

    /// <summary>The text of search-terms.yml, null when there is none; a file that cannot be read is a problem, not an exception.</summary>
    public static (string? Text, ContentError? Problem) ReadSearchTerms(string directory, ContentLimits? limits = null) =>
        ReadCurated(directory, SearchTerms.FileName, limits);

    /// <summary>The text of a curated list, null when there is none; a file that cannot be read is a problem, not an exception.</summary>
    public static (string? Text, ContentError? Problem) ReadCurated(string directory, string fileName, ContentLimits? limits = null)
    {
        var path = Path.Combine(directory, fileName);
        if (!Path.Exists(path)) return (null, null);
        var (bytes, problem) = ReadFile(path, fileName, limits ?? ContentLimits.Default);
        return (bytes is null ? null : Decode(bytes), problem);
    }

    /// <summary>The content files as (name, text), ordered by name; null with the problem when the folder itself cannot be listed.</summary>
    public static (IReadOnlyList<(string Name, string Markdown)>? Files, IReadOnlyList<ContentError> Problems) Read(string directory, ContentLimits? limits = null)
    {
        var (entries, problems) = ReadBytes(directory, limits ?? ContentLimits.Default);
        return (entries?.Select(e => (e.Name, Decode(e.Bytes))).ToList(), problems);
    }

    /// <summary>
    /// A digest of what a reload would read now: every content file's name and bytes, and every problem reading them.
    /// File watchers miss a folder swapped by symbolic link (Kubernetes' <c>..data</c>, <c>ln -sfn</c> releases) and
    /// times and sizes can repeat across a swap, so the watcher polls this; the texts are a few hundred kilobytes, and
    /// the same limits as a load keep it from reading more (a file over the limit enters by its size, in its problem).
    /// </summary>
    public static string Fingerprint(string directory, ContentLimits? limits = null)
    {
        limits ??= ContentLimits.Default;
        var (entries, problems) = ReadBytes(directory, limits);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in entries ?? [])
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\0"));
            hash.AppendData(bytes);
            hash.AppendData([0]);
        }
        foreach (var problem in problems) hash.AppendData(Encoding.UTF8.GetBytes(problem.ToString()));
        foreach (var list in CuratedLists)
        {
            var path = Path.Combine(directory, list);
            if (!Path.Exists(path)) continue;
            var (bytes, problem) = ReadFile(path, list, limits);
            hash.AppendData(Encoding.UTF8.GetBytes($"{list}\0{problem}\0"));
            hash.AppendData(bytes ?? []);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static (List<(string Name, byte[] Bytes)>? Files, IReadOnlyList<ContentError> Problems) ReadBytes(string directory, ContentLimits limits)
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

        var files = new List<(string, byte[])>();
        var problems = new List<ContentError>();
        foreach (var name in names)
        {
            var (bytes, problem) = ReadFile(Path.Combine(directory, name), name, limits);
            if (problem is not null) problems.Add(problem);
            else files.Add((name, bytes!));
        }
        return (files, problems);
    }

    /// <summary>One file's bytes, or the problem that kept it from being read: its type and size are asked before it is opened.</summary>
    private static (byte[]? Bytes, ContentError? Problem) ReadFile(string path, string name, ContentLimits limits)
    {
        try
        {
            if (FileKind.NotRegular(path, out var size) is { } why) return (null, new ContentError(name, 0, why));
            if (size > limits.MaxFileBytes) return (null, TooLarge(name, size, limits));
            // The size can change between the look and the read (a file being written, appended to, truncated):
            // the read itself stops one byte past the limit.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = new MemoryStream(capacity: (int)Math.Min(size, limits.MaxFileBytes));
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (bytes.Length + read > limits.MaxFileBytes) return (null, TooLarge(name, Math.Max(stream.Length, bytes.Length + read), limits));
                bytes.Write(buffer, 0, read);
            }
            return (bytes.ToArray(), null);
        }
        catch (FileNotFoundException)
        {
            return (null, new ContentError(name, 0, "vanished while the folder was being read"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, new ContentError(name, 0, $"cannot be read: {e.Message}"));
        }
    }

    private static ContentError TooLarge(string name, long size, ContentLimits limits) =>
        new(name, 0, $"is {Size(size)}, over the limit of {Size(limits.MaxFileBytes)} for one content file; it is not read");

    /// <summary>A size as a reader says it: "3 GiB", "5.2 MiB", "812 KiB".</summary>
    internal static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.#} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.#} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):0.#} KiB",
        _ => $"{bytes} bytes",
    };

    /// <summary>Text as <see cref="File.ReadAllText(string)"/> reads it: UTF-8 unless a byte-order mark says otherwise.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
