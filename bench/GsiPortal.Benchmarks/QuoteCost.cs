using System.Diagnostics;
using System.Globalization;
using System.Text;
using GsiPortal.Core.Content;
using GsiPortal.Core.Quotes;

namespace GsiPortal.Benchmarks;

/// <summary>
/// What one quote check costs, and every verdict in full, so that a change to the checker's speed can be shown to
/// change no answer (docs/quote-check.md, "Measured"):
///   dotnet run -c Release --project bench/GsiPortal.Benchmarks -- quote-cost [rounds]
///   dotnet run -c Release --project bench/GsiPortal.Benchmarks -- quote-dump out.txt
/// The cost: the process's CPU time a check (the least of the rounds, after a warm-up), for the short and long real
/// quotations WorkGrowthTests sends (its WorstInputs, made here alike) and for the worst audit at the article limit.
/// The dump: every judged case, every sentence of the texts, long quotations made from the texts with words cut,
/// swapped and changed, the worst inputs, and the fixture articles' audits, each answer written out whole.
/// </summary>
internal static class QuoteCost
{
    /// <summary>The paper's sentence WorkGrowthTests' real quotations repeat.</summary>
    private const string PaperSentence = "Security of one country should not come at the expense of that of others.";

    /// <summary>Priority 5's sentence 3, 49 words: over the search's 24 words and phrases.</summary>
    private const string OverLimitSentence = "Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in internal affairs, mainly through the means of facilitating peace talks, with fairness and practicality as the main attitude, and mainly following the approach of addressing both symptoms and root causes.";

    /// <summary>WorstInputs' "quotations of the paper": the sentence quoted again and again, up to the size.</summary>
    public static string Quotations(int n) => Repeat($"“{PaperSentence}” ", n);

    /// <summary>WorstInputs' "long quotations of the paper": quotations of 2,900 characters each (or the size, less three).</summary>
    public static string LongQuotations(int n) => Repeat("“" + Repeat(PaperSentence + " ", Math.Min(2_900, n - 3)) + "” ", n);

    public static void Run(string contentFolder, int rounds, string? only = null)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var checker = new QuoteChecker(library);
        var audit = new QuoteAudit(checker);
        // Made before the clock starts: shuffling the texts' words costs more than a check.
        var (madeUp500, madeUp1500, madeUp2000) = (MadeUp(library, 500, 1), MadeUp(library, 1_500, 1), MadeUp(library, 2_000, 1));
        var longest1500 = LongestPaperParagraph(library) is var whole && whole.Length > 1_500 ? whole[..1_500] : LongestPaperParagraph(library);
        var inputs = new List<(string Name, Action Work)>
        {
            ("one sentence (75 characters)", () => checker.Check(PaperSentence)),
            ("quotations of the paper, 3,000 characters", () => checker.Check(Quotations(QuoteChecker.MaxLength))),
            ("long quotation of the paper, 3,000 characters", () => checker.Check(LongQuotations(QuoteChecker.MaxLength))),
            ("long quotation, 1,500 characters", () => checker.Check(LongQuotations(1_500))),
            ("long quotation, 750 characters", () => checker.Check(LongQuotations(750))),
            ("a paragraph of the paper quoted whole", () => checker.Check(LongestPaperParagraph(library))),
            // What the search page asks of a query of twelve words or more (PastedSentence, review 22's D7): a pasted
            // sentence with a word changed, and a reader's long question, which is no quotation.
            ("search: a pasted sentence, one word changed", () => PastedSentence.Of(checker, "Support the international community in constructively participating in the political settlement of hotspots, under the premise of non-interference in external affairs")),
            ("search: a question of 19 words", () => PastedSentence.Of(checker, "how is the initiative going to be put in practice by china and other countries in the world today")),
            // Over the search's limits, refused and not searched: asked word for word too (the twenty-fourth session).
            ("search over the limit: priority 5's sentence 3 (49 words), one word changed", () => PastedSentence.Of(checker, OverLimitSentence.Replace("internal", "external", StringComparison.Ordinal), wordForWordToo: true)),
            ("search over the limit: priority 5's sentence 3 word for word", () => PastedSentence.Of(checker, OverLimitSentence, wordForWordToo: true)),
            ("search over the limit: made-up words, 500 characters", () => PastedSentence.Of(checker, madeUp500, wordForWordToo: true)),
            ("search over the limit: made-up words, 1,500 characters", () => PastedSentence.Of(checker, madeUp1500, wordForWordToo: true)),
            ("search over the limit: the longest paragraph of the paper, cut to 1,500 characters", () => PastedSentence.Of(checker, longest1500, wordForWordToo: true)),
            ("search over the limit: made-up words, 2,000 characters", () => PastedSentence.Of(checker, madeUp2000, wordForWordToo: true)),
            ("audit: long quotations at 100 KB", () => audit.Audit(LongQuotations(QuoteAudit.MaxArticleBytes))),
            ("audit: quotations of the paper at 100 KB", () => audit.Audit(Quotations(QuoteAudit.MaxArticleBytes / 3))),
            // Words of no text: every one is sought in the texts for runs of them word for word (PartlyQuoted), the
            // texts' commonest words most often ("the", "of", "security"), so made-up words in the texts' vocabulary are its worst input.
            ("made-up quotation in the texts' words, 3,000 characters", () => checker.Check(MadeUp(library, QuoteChecker.MaxLength, 0))),
            ("audit: made-up quotations in the texts' words at 100 KB", () => audit.Audit(MadeUpQuotations(library, QuoteAudit.MaxArticleBytes))),
        };
        if (only is not null) inputs = inputs.Where(i => i.Name.Contains(only, StringComparison.Ordinal)).ToList();
        foreach (var (_, work) in inputs) work();
        foreach (var (name, work) in inputs)
        {
            var least = double.MaxValue;
            var wall = double.MaxValue;
            for (var r = 0; r < rounds; r++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.GetTimestamp();
                work();
                wall = Math.Min(wall, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                least = Math.Min(least, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            }
            Console.WriteLine($"{name}: {least:0.0} ms CPU, {wall:0.0} ms wall (least of {rounds})");
        }
    }

    /// <summary>The texts' words shuffled (a fixed seed), up to <paramref name="length"/> characters: in the texts' vocabulary, in no text's order.</summary>
    public static string MadeUp(ContentLibrary library, int length, int seed)
    {
        var words = library.Paragraphs.SelectMany(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Trim('.', ',', ';', ':', '"', '“', '”')).Where(w => w.Length > 0).ToArray();
        new Random(seed).Shuffle(words);
        var text = new StringBuilder();
        foreach (var w in words)
        {
            if (text.Length + w.Length + 1 > length) break;
            text.Append(w).Append(' ');
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>Made-up quotations of about sixty words each, in quotation marks, up to the size.</summary>
    public static string MadeUpQuotations(ContentLibrary library, int size)
    {
        var text = new StringBuilder();
        for (var seed = 1; Encoding.UTF8.GetByteCount(text.ToString()) < size - 1_000; seed++) text.Append('“').Append(MadeUp(library, 380, seed)).Append("” ");
        return text.ToString();
    }

    private static string LongestPaperParagraph(ContentLibrary library) =>
        library.Paragraphs.Where(p => p.Document.Kind == DocumentKind.Paper && p.Text.Length <= QuoteChecker.MaxLength).MaxBy(p => p.Text.Length)!.Text;

    /// <summary>Writes every answer whole; two builds whose dumps are byte for byte the same gave the same verdicts.</summary>
    public static void Dump(string contentFolder, string path)
    {
        var library = ContentLoader.Load(contentFolder).Library!;
        var checker = new QuoteChecker(library);
        var audit = new QuoteAudit(checker);
        var output = new StringBuilder();
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        void Check(string name, string text)
        {
            count++;
            output.Append("## ").Append(name).Append('\n');
            try { Write(output, checker.Check(text)); }
            catch (InvalidQuoteException e) { output.Append("refused: ").Append(e.Message).Append('\n'); }
        }

        foreach (var c in GsiPortal.Testing.QuoteJudgements.Load()) Check($"judged {c.Id}", c.Quotation);
        var sentences = library.Documents.SelectMany(d => d.Paragraphs).SelectMany(p => p.Sentences).Select(s => s.Text).ToList();
        for (var i = 0; i < sentences.Count; i++) Check($"sentence {i}", sentences[i]);
        foreach (var n in new[] { 100, 200, 750, 1_500, 2_000, QuoteChecker.MaxLength })
        {
            Check($"quotations of the paper {n}", Quotations(n));
            Check($"long quotations of the paper {n}", LongQuotations(n));
        }
        // Long quotations made from runs of a text's paragraphs, whole and altered: cuts, swaps, changed words, ellipses, brackets.
        var random = new Random(17);
        var paragraphs = library.Documents.SelectMany(d => d.Paragraphs).ToList();
        for (var k = 0; k < 120; k++)
        {
            var at = random.Next(paragraphs.Count);
            var text = new StringBuilder();
            for (var p = at; p < paragraphs.Count && text.Length < 400 + random.Next(2_600); p++) text.Append(paragraphs[p].Text).Append(' ');
            var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var kind = k % 6;
            for (var w = 0; w < words.Count; w++)
            {
                var roll = random.Next(100);
                if (kind == 0) continue;
                if (kind == 1 && roll < 4) { words.RemoveAt(w); continue; }
                if (kind == 2 && roll < 4 && w + 1 < words.Count) (words[w], words[w + 1]) = (words[w + 1], words[w]);
                if (kind == 3 && roll < 4) words[w] = roll < 2 ? "not" : "never";
                if (kind == 4 && roll < 3) words.Insert(w, roll < 1 ? "…" : "[they]");
                if (kind == 5 && roll < 5) words[w] = words[random.Next(words.Count)];
            }
            var quotation = string.Join(' ', words);
            if (quotation.Length > QuoteChecker.MaxLength) quotation = quotation[..QuoteChecker.MaxLength].TrimEnd();
            Check($"made {k} (kind {kind})", quotation);
            // Its first eighty words alone, which the audit would check too.
            Check($"made {k} head", string.Join(' ', quotation.Split(' ').Take(80)));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(GsiPortal.Testing.Repository.Path("tests/fixtures/articles"))).Order(StringComparer.Ordinal))
        {
            count++;
            output.Append("## audit ").Append(Path.GetFileName(file)).Append('\n');
            Write(output, audit.Audit(File.ReadAllText(file)));
        }
        foreach (var n in new[] { 25_600, 51_200, QuoteAudit.MaxArticleBytes })
        {
            count += 2;
            output.Append("## audit long quotations ").Append(n).Append('\n');
            Write(output, audit.Audit(LongQuotations(n)));
            output.Append("## audit quotations ").Append(n).Append('\n');
            Write(output, audit.Audit(Quotations(n / 3)));
        }
        File.WriteAllText(path, output.ToString());
        Console.WriteLine($"{count} answers written to {path} in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }

    private static void Write(StringBuilder o, QuoteAuditResult result)
    {
        o.Append(CultureInfo.InvariantCulture, $"unrelated {result.Unrelated} skipped {result.Skipped} truncated {result.Truncated}\n");
        foreach (var q in result.Quotations)
        {
            o.Append(CultureInfo.InvariantCulture, $"- {q.Quotation} words {q.Words} {q.Verdict} none {q.ResemblesNone}\n");
            if (q.Check is { } check) Write(o, check);
        }
    }

    private static void Write(StringBuilder o, QuoteCheckResult r)
    {
        o.Append(CultureInfo.InvariantCulture, $"{r.Verdict} resemblance {r.Resemblance:R} outside {r.Outside ?? "-"}\n");
        foreach (var m in r.Matches) Write(o, "match", m);
        if (r.PaperClosest is { } closest) Write(o, "paper closest", closest);
        if (r.Resembles is { } resembles) Write(o, "resembles", resembles);
    }

    private static void Write(StringBuilder o, string what, QuoteMatch m)
    {
        o.Append(CultureInfo.InvariantCulture, $"  {what} {m.Paragraph.Document.Id}/{m.Paragraph.Anchor} {m.Url} {m.ParagraphUrl} starts-mid {m.StartsMidSentence} ends-mid {m.EndsMidSentence}");
        o.Append(CultureInfo.InvariantCulture, $" similarity {m.Similarity:R} coverage {m.Coverage:R} span {m.QuotedSpan} changed {m.ChangedWords} exact {m.IsExact}\n");
        o.Append("    source: ").Append(m.SourceText).Append('\n');
        o.Append("    context: ").Append(string.Join(" | ", m.InContext.Select(t => t.ToString()))).Append('\n');
        foreach (var d in m.Differences)
            o.Append(CultureInfo.InvariantCulture, $"    {d.Kind} '{d.Quoted}' / '{d.Source}' at {d.QuotePosition} after {d.After ?? "-"} span {d.SourceSpan}\n");
        foreach (var c in m.MeaningChanges) o.Append(CultureInfo.InvariantCulture, $"    meaning {c.Kind}: {c.Description}\n");
        foreach (var p in m.Misprints) o.Append("    misprint ").Append(p.Description).Append('\n');
        o.Append("    steps: ").Append(string.Join(" ", m.Steps.Select(s => $"{(int)s.Change}{s.Text}"))).Append('\n');
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length + unit.Length <= length) text.Append(unit);
        return text.ToString();
    }
}
