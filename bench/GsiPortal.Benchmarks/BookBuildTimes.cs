using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Publishing;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What building the edition's books costs: each built six times (the first cold, as the first download of an edition
/// pays it), with the size of the file. Run: dotnet run -c Release --project bench/GsiPortal.Benchmarks -- books [folder];
/// with a folder, the books are written there too, to be read with pdfinfo, pdftotext or epubcheck.
/// </summary>
internal static class BookBuildTimes
{
    public static void Run(string contentFolder, string? output)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        Measure("edition.epub", () => EpubBook.Build(library), output);
        Measure("edition-a4.pdf", () => PdfBook.Build(library, BookPaper.A4), output);
        Measure("edition-letter.pdf", () => PdfBook.Build(library, BookPaper.Letter), output);
    }

    private static void Measure(string name, Func<byte[]> build, string? output)
    {
        // CPU time beside wall time: a build runs on one thread, and on a shared machine its CPU time is the steadier number.
        var times = new List<(double Wall, double Cpu)>();
        var bytes = Array.Empty<byte>();
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < 6; run++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            bytes = build();
            var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            process.Refresh();
            times.Add((wall, (process.TotalProcessorTime - cpu).TotalMilliseconds));
        }
        var warm = times.Skip(1).ToList();
        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        Console.WriteLine($"{name}: {bytes.Length:N0} bytes; cold {times[0].Wall:0} ms ({times[0].Cpu:0} ms CPU), " +
            $"warm median {Median(warm.Select(t => t.Wall)):0} ms ({Median(warm.Select(t => t.Cpu)):0} ms CPU) of {warm.Count}");
        if (output is null) return;
        Directory.CreateDirectory(output);
        File.WriteAllBytes(Path.Combine(output, name), bytes);
    }
}
