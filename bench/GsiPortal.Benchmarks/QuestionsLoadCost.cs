using System.Diagnostics;
using GsiPortal.Core.Content;
using GsiPortal.Core.Search;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What the readers' questions (content/reader-questions.yml) cost the start-up path and the memory without the model
/// (docs/performance.md, the eighteenth turn): ... -- questions-load. The content read from files already in memory,
/// with and without the file's text, alternated, the median of 15 of each after one of each cold; and the managed
/// heap a library and its search units keep with and without it. With --without-first, the load without the file first.
/// </summary>
internal static class QuestionsLoadCost
{
    /// <param name="contentFolder">The content folder, read once.</param>
    /// <param name="withoutFirst">Load without the questions first: the first load of a process pays the JIT, so the cold figure is read from both orders.</param>
    public static void Run(string contentFolder, bool withoutFirst)
    {
        var files = Directory.GetFiles(contentFolder, "*.md").Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        string? Curated(string name) => File.Exists(Path.Combine(contentFolder, name)) ? File.ReadAllText(Path.Combine(contentFolder, name)) : null;
        var (terms, antonyms, links, subjects, questions) = (Curated(SearchTerms.FileName), Curated(GsiPortal.Core.Quotes.Antonyms.FileName),
            Curated(GsiPortal.Core.CrossReferences.LinkJudgements.FileName), Curated(GsiPortal.Core.Subjects.SubjectIndex.FileName), Curated(GsiPortal.Core.Questions.ReaderQuestions.FileName));
        ContentLibrary Load(bool with) => ContentLoader.Load(files, "content", terms, antonyms, links, subjects, with ? questions : null).Library!;
        var (withTimes, withoutTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < 16; i++)
            foreach (var with in withoutFirst ? new[] { false, true } : new[] { true, false })
            {
                var started = Stopwatch.GetTimestamp();
                GC.KeepAlive(Load(with));
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (i == 0) Console.WriteLine($"cold, {(with ? "with" : "without")} the questions: {ms:0.0} ms");
                else (with ? withTimes : withoutTimes).Add(ms);
            }
        Console.WriteLine($"content loaded, median of 15: with the questions {withTimes.Order().ElementAt(7):0.0} ms, without {withoutTimes.Order().ElementAt(7):0.0} ms");
        long Kept(bool with)
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var library = Load(with);
            var units = SearchUnits.From(library).ToList();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(library);
            GC.KeepAlive(units);
            return after - before;
        }
        Kept(true);
        Kept(false);
        Console.WriteLine($"managed heap kept by a library and its search units: with the questions {Kept(true) / 1024} KB, without {Kept(false) / 1024} KB");
    }
}
