using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// A word the texts hold only in the other spelling of English ("weaponise", "neighbours", "globalisation": the texts
/// write "weaponizing", "Neighboring", "globalization"; and the reverse: "vigor", where a commentary writes "vigour"):
/// searched as the texts write it, beside the word as typed, and named on the page — a spelling, not a misspelling, so
/// it is no correction and needs no empty result first. Porter stemming alone would join "weaponize" to "weapons" and
/// "globalization" to "global", so the forms searched are the texts' own words sharing the other spelling's root
/// ("weaponiz…", "neighbor…"). Decided once per word and index, in a bounded cache: the index never changes.
/// </summary>
internal sealed class SpellingVariants
{
    /// <summary>The texts' own words spelt so, the analysed terms that mark them, and the stem for phrase boosts.</summary>
    public sealed record Variant(IReadOnlyList<string> Forms, IReadOnlyList<string> Stems)
    {
        /// <summary>Any of the forms as written (not by stem: "weaponize" is stemmed "weapon", as "weapons" is).</summary>
        public Query Query()
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var form in Forms) any.Add(Form(form), Occur.SHOULD);
            return any;
        }

        public static Query Form(string form) => new TermQuery(new Term(SearchFields.Spell, form));
    }

    /// <summary>Endings of one spelling and the other's; tried in order, longest first where they overlap.</summary>
    private static readonly (string From, string To)[] Endings =
    [
        ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"),
        ("iser", "izer"), ("isers", "izers"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
        ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourable", "orable"), ("ourite", "orite"),
        ("ence", "ense"), ("ences", "enses"), ("tre", "ter"), ("tres", "ters"), ("lled", "led"), ("lling", "ling"),
        ("ogue", "og"), ("ogues", "ogs"), ("amme", "am"), ("ammes", "ams"),
    ];

    private const int MaxForms = 8;

    private readonly BoundedCache<string, Variant?> known = new(WordAnalysis.MaxCachedWords, StringComparer.Ordinal);

    /// <summary>
    /// The texts' forms of the word in the other spelling, or null: only for a word whose own stem the index lacks
    /// (text, headings and records), and only where the texts hold words beginning with the other spelling's root.
    /// </summary>
    public Variant? Of(string typed, string stem, IndexReader reader) =>
        known.Get(typed.ToLowerInvariant(), (stem, reader), static (word, state) => Find(word, state.stem, state.reader));

    /// <summary>Each ending, one spelling's and the other's, either way round: the one list of them (the corrector's too).</summary>
    private static readonly (string From, string To)[] EitherWay = [.. Endings, .. Endings.Select(e => (From: e.To, To: e.From))];

    /// <summary>The word with its ending in the other spelling of English, each way it has one ("globalisation" → "globalization").</summary>
    internal static IEnumerable<string> OtherSpellings(string word)
    {
        foreach (var (from, to) in EitherWay)
            if (word.EndsWith(from, StringComparison.Ordinal) && word.Length - from.Length >= 3)
                yield return word[..^from.Length] + to;
    }

    private static Variant? Find(string word, string stem, IndexReader reader)
    {
        if (word.Length < 5 || !word.All(char.IsLetter) || Occurs(reader, stem)) return null;
        foreach (var (from, to) in EitherWay)
        {
            if (!word.EndsWith(from, StringComparison.Ordinal) || word.Length - from.Length < 3) continue;
            var root = word[..^from.Length] + Distinctive(from, to);
            var forms = Forms(reader, root);
            if (forms.Count == 0) continue;
            var stems = forms.SelectMany(TextAnalysis.Terms).Distinct(StringComparer.Ordinal).ToList();
            if (stems.Count > 0) return new Variant(forms, stems);
        }
        return null;
    }

    /// <summary>
    /// The other spelling's ending up to its first letter that differs ("ize" of "ise": "iz"; "ense" of "ence":
    /// "ens"; "ogue" of "og": "ogu"): the forms searched must share it, so "defence" finds "defense" and "defensive"
    /// but not "defend".
    /// </summary>
    private static string Distinctive(string from, string to)
    {
        var same = 0;
        while (same < from.Length && same < to.Length && from[same] == to[same]) same++;
        return to[..Math.Min(same + 1, to.Length)];
    }

    private static bool Occurs(IndexReader reader, string term) =>
        reader.DocFreq(new Term(SearchFields.Text, term)) > 0 || reader.DocFreq(new Term(SearchFields.Title, term)) > 0
        || reader.DocFreq(new Term(SearchFields.Section, term)) > 0 || reader.DocFreq(new Term(SearchFields.Record, term)) > 0;

    /// <summary>The words as written (the spell field) that begin with <paramref name="root"/>, commonest first.</summary>
    private static List<string> Forms(IndexReader reader, string root)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null) return [];
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef(root)) == TermsEnum.SeekStatus.END) return [];
        var found = new List<(string Term, int Freq)>();
        do
        {
            var term = e.Term.Utf8ToString();
            if (!term.StartsWith(root, StringComparison.Ordinal)) break;
            found.Add((term, e.DocFreq));
        }
        while (e.MoveNext());
        return found.OrderByDescending(f => f.Freq).ThenBy(f => f.Term, StringComparer.Ordinal).Take(MaxForms).Select(f => f.Term).ToList();
    }
}
