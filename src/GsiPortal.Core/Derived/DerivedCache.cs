using System.Security.Cryptography;
using GsiPortal.Core.Editions.Archive;

namespace GsiPortal.Core.Derived;

/// <summary>
/// What an edition derives from its content and would derive the same again from the same content with the same code
/// (the search index), kept on disk between starts so that a start reads it instead of rebuilding it
/// (docs/performance.md, thirteenth session). Each entry is one file named by its key — a hash of everything its
/// build reads and of the code that builds it (<see cref="CodeIdentity"/>) — written atomically, naming its kind and
/// key inside, and ending with a SHA-256 of its own bytes. A file that is missing, unreadable, truncated, altered or of another format is never an
/// answer: <see cref="Read"/> returns null, with a warning for anything but a plain miss, and the caller builds as if
/// there were no cache. A write that fails is a warning too. Nothing here throws for what the folder holds.
/// </summary>
public sealed class DerivedCache(string folder, Action<string, Exception?>? warning = null, AtomicFiles? files = null)
{
    /// <summary>The first bytes of every entry: a file of another format or version is refused.</summary>
    private static ReadOnlySpan<byte> Magic => "gsiportal-derived 1\n"u8;
    private const int HashLength = 32;
    /// <summary>Far past any index of this content (about 2 MB): a larger file was not written here.</summary>
    private const long LargestEntry = 256L * 1024 * 1024;
    /// <summary>Entries of one kind kept on disk: the newest few content versions, for a rollback or a reverted edit.</summary>
    public const int KeptPerKind = 4;

    private readonly AtomicFiles writer = files ?? new AtomicFiles();

    /// <summary>One write and prune at a time (two prunes would delete the same old file); never held by a build's thread.</summary>
    private readonly Lock writing = new();
    private readonly Lock tasks = new();

    public string Folder { get; } = folder;

    /// <summary>Every write begun in the background so far (<see cref="KeepInBackground"/>), done: for tests and tools that read the folder next.</summary>
    public Task Writes { get { lock (tasks) return writes; } }

    private Task writes = Task.CompletedTask;

    /// <summary>The entry's path: its kind (a fixed word) and its key (hex).</summary>
    public string PathOf(string kind, string key) => Path.Combine(Folder, $"{kind}-{key}.bin");

    /// <summary>A key: the SHA-256, in hex, of the parts given, each length-prefixed so that no two lists of parts hash alike.</summary>
    public static string Key(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var part in parts)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(part);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The entry's body, or null: missing (silently), or unreadable, truncated, altered or foreign (with a warning).</summary>
    public byte[]? Read(string kind, string key)
    {
        var path = PathOf(kind, key);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            // Asked of the file system before opening, as for the content: a pipe or a device put in its place is not read.
            if (Content.FileKind.NotRegular(path, out var size) is { } notRegular)
            {
                Warn($"the derived file {path} {notRegular}; building instead", null);
                return null;
            }
            if (size > LargestEntry)
            {
                Warn($"the derived file {path} is larger than any this site writes; building instead", null);
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"the derived file {path} could not be read; building instead", e);
            return null;
        }
        // The file names its own kind and key: one copied or renamed to another content's key is not that content's.
        var header = System.Text.Encoding.ASCII.GetBytes($"{kind} {key}\n");
        if (bytes.Length < Magic.Length + header.Length + HashLength || !bytes.AsSpan().StartsWith(Magic))
        {
            Warn($"the derived file {path} is truncated or of another format; building instead", null);
            return null;
        }
        if (!SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength)))
        {
            Warn($"the derived file {path} does not match its own hash (truncated or altered); building instead", null);
            return null;
        }
        if (!bytes.AsSpan(Magic.Length).StartsWith(header))
        {
            Warn($"the derived file {path} was written for another key; building instead", null);
            return null;
        }
        var body = bytes.AsSpan(Magic.Length + header.Length, bytes.Length - Magic.Length - header.Length - HashLength);
        return body.ToArray();
    }

    /// <summary>
    /// Writes an entry atomically (a reader sees the whole file or none), then removes all but the newest
    /// <see cref="KeptPerKind"/> of its kind; a failure is a warning, never an exception.
    /// </summary>
    public void Keep(string kind, string key, ReadOnlySpan<byte> body)
    {
        var path = PathOf(kind, key);
        try
        {
            var header = System.Text.Encoding.ASCII.GetBytes($"{kind} {key}\n");
            var bytes = new byte[Magic.Length + header.Length + body.Length + HashLength];
            Magic.CopyTo(bytes);
            header.CopyTo(bytes.AsSpan(Magic.Length));
            body.CopyTo(bytes.AsSpan(Magic.Length + header.Length));
            SHA256.HashData(bytes.AsSpan(0, bytes.Length - HashLength), bytes.AsSpan(bytes.Length - HashLength));
            lock (writing)
            {
                writer.Write(path, bytes);
                Prune(kind);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Warn($"the derived file {path} could not be written; the next start builds again", e);
        }
    }

    /// <summary>
    /// <see cref="Keep"/> on a thread of the pool, so that the edition waiting on the build is not kept waiting on the
    /// disk; the body must no longer change. Returns (and adds to <see cref="Writes"/>) the write's task.
    /// </summary>
    public Task KeepInBackground(string kind, string key, byte[] body)
    {
        var task = Task.Run(() => Keep(kind, key, body));
        lock (tasks) writes = Task.WhenAll(writes, task);
        return task;
    }

    private void Prune(string kind)
    {
        try
        {
            var folder = new DirectoryInfo(Folder);
            var old = folder.EnumerateFiles($"{kind}-*.bin")
                .OrderByDescending(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal).Skip(KeptPerKind).ToList();
            // A write cut short (the process killed mid-write) leaves only its temporary file: gone after a day, when
            // no write can still be under way.
            old.AddRange(folder.EnumerateFiles($".{kind}-*{AtomicFiles.TemporarySuffix}").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)));
            foreach (var file in old) file.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Warn($"old derived files in {Folder} could not be removed", e);
        }
    }

    private void Warn(string message, Exception? exception) => warning?.Invoke(message, exception);

    /// <summary>A problem found in an entry after <see cref="Read"/> accepted its bytes (a body its reader cannot use), reported as the cache's own are.</summary>
    internal void Warned(string message, Exception? exception) => Warn(message, exception);
}
