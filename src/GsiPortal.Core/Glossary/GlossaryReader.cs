using System.Text.RegularExpressions;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Text;

namespace GsiPortal.Core.Glossary;

/// <summary>
/// Reads and checks <c>content/glossary.md</c>, the editors' list of the paper's key concepts. One entry a line:
/// <code>- **indivisible security** — commitment-4-s7 (also: indivisibility of security) · explains it</code>
/// The editors' word on whether the texts explain the term ends the line: "· explains it" (the sentence named
/// explains it), "· explained in commitment-4-s3" (another sentence of the paper does), "· not explained" (the texts
/// only use it).
/// Checked at load with the rest of the content, each problem with file and line: the address must name one
/// sentence of the paper (through the <see cref="AddressBook"/>), the term must stand in that sentence, terms are
/// unique and in A–Z order. Other lines (front matter, headings, prose) are the editors' notes and are ignored.
/// </summary>
public static partial class GlossaryReader
{
    public const string FileName = "glossary.md";

    [GeneratedRegex(@"^-\s+\*\*(?<term>[^*]+)\*\*\s+[—–-]\s+(?<address>[a-z0-9-]+)(?:\s+\(also:\s*(?<also>[^)]+)\))?(?:\s+·\s+(?:(?<explains>explains it)|explained in (?<explainedIn>[a-z0-9-]+)|(?<unexplained>not explained)))?\s*$")]
    private static partial Regex EntryLine();

    public static IReadOnlyList<GlossaryEntry> Read(string markdown, string fileName, List<ContentError> errors)
    {
        var entries = new List<GlossaryEntry>();
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (!line.StartsWith("- ", StringComparison.Ordinal)) continue;
            if (EntryLine().Match(line) is not { Success: true } m)
            {
                errors.Add(new ContentError(fileName, i + 1, "a glossary entry is written \"- **term** — sentence-address\", optionally followed by \"(also: other spelling; another)\" and by \"· explains it\", \"· explained in sentence-address\" or \"· not explained\""));
                continue;
            }
            var also = m.Groups["also"].Success ? m.Groups["also"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var address = m.Groups["address"].Value;
            entries.Add(new GlossaryEntry(m.Groups["term"].Value.Trim(), address, also, i + 1)
            {
                Explanation = m.Groups["unexplained"].Success ? Explanation.NotExplained
                    : m.Groups["explains"].Success || m.Groups["explainedIn"].Success ? Explanation.Explained : Explanation.NotJudged,
                ExplainedIn = m.Groups["explains"].Success ? address : m.Groups["explainedIn"].Success ? m.Groups["explainedIn"].Value : null,
            });
        }
        return entries;
    }

    /// <summary>Every entry's address names one sentence of the paper holding the term; terms unique, A–Z.</summary>
    public static void Check(IReadOnlyList<GlossaryEntry> entries, AddressBook addresses, string fileName, List<ContentError> errors)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (Definition(entry, addresses) is not { } sentence)
                errors.Add(new ContentError(fileName, entry.Line, $"'{entry.Definition}' names no sentence of the paper (a sentence id as the paper's pages show it, e.g. commitment-4-s7)"));
            else if (!Pattern(entry.Term).IsMatch(sentence.Text))
                errors.Add(new ContentError(fileName, entry.Line, $"'{entry.Term}' does not stand in {entry.Definition}: “{sentence.Text}”"));
            if (entry.ExplainedIn is { } explainedIn && Sentence(explainedIn, addresses) is null)
                errors.Add(new ContentError(fileName, entry.Line, $"'{explainedIn}', where '{entry.Term}' is said to be explained, names no sentence of the paper"));
            if (i > 0 && string.CompareOrdinal(SortKey(entries[i - 1].Term), SortKey(entry.Term)) >= 0)
                errors.Add(new ContentError(fileName, entry.Line, $"'{entry.Term}' is out of A–Z order or repeated (after '{entries[i - 1].Term}')"));
        }
    }

    /// <summary>The one sentence an entry's address names, or null.</summary>
    public static Passage? Definition(GlossaryEntry entry, AddressBook addresses) => Sentence(entry.Definition, addresses);

    /// <summary>The sentence of the paper that explains the entry's term, in the editors' judgement, or null.</summary>
    public static Passage? ExplainingSentence(GlossaryEntry entry, AddressBook addresses) => entry.ExplainedIn is { } at ? Sentence(at, addresses) : null;

    private static Passage? Sentence(string address, AddressBook addresses) =>
        addresses.Resolve(Routes.Paper, address) is { Kind: PassageKind.Sentences, Sentences.Count: 1 } passage ? passage : null;

    /// <summary>Words only, lower case: "Cold War mentality" sorts as "cold war mentality", "UN Charter" before "unilateral".</summary>
    public static string SortKey(string term) => string.Join(' ', Words.Of(term).Select(w => w.Key));

    /// <summary>
    /// The term as it may be written: any case, any run of spaces (after a comma or not) between words, and a hyphen written or left out
    /// ("counter-terrorism", "counterterrorism"; "non-traditional", "nontraditional"). Never the second piece of a
    /// hyphenated word: "terrorism" is not found in "counter-terrorism", a term of its own.
    /// </summary>
    public static Regex Pattern(string term)
    {
        var words = Words.Of(term).Select(w => string.Join("[-‐‑–]?", w.Key.Split('-').Select(Regex.Escape)).Replace("'", "['’]"));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?<![\p{{L}}\p{{N}}][-‐‑–]){string.Join(@",?\s+", words)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
