using System.Runtime.CompilerServices;
using GsiPortal.Core.Text;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;

/// <summary>
/// Works out each shown result's <see cref="ResultNote"/>: which searched words it holds only outside its text
/// (a heading, a section heading, its commentary's byline), and whether it holds the words of a plain query only apart.
/// Read from the unit's kept tokens and from each clause's own query, so a note says where the clause matched, not
/// where a word like it stands. Only for the results of a page (ten at most).
/// </summary>
internal sealed class ResultNotes(IReadOnlyList<SearchUnit> units, SearchHits hits)
{
    /// <summary>Each unit's places outside its text, analysed at its first need.</summary>
    private readonly Place[]?[] places = new Place[]?[units.Count];

    /// <summary>Each unit's subject terms' keys (<see cref="SubjectTerms.Key"/>), in the editors' order, made at their first need.</summary>
    private readonly string[]?[] subjects = new string[]?[units.Count];

    /// <summary>What each clause's query matches in the text field, read once per kept query.</summary>
    private static readonly ConditionalWeakTable<Query, Alternatives> Read = [];

    private sealed record Place(MatchedPlace Where, string Text, UnitTokens Tokens);

    /// <summary>Scratch for <see cref="Near"/> and the plain words' forms, one per thread: a note is worked out for every result shown.</summary>
    [ThreadStatic] private static List<(int Adjusted, int Index)>? points;
    [ThreadStatic] private static List<string[]>? plainForms;

    /// <summary>A clause's forms in the text field (analysed, each with its terms' positions) and in capitals as written.</summary>
    private sealed record Alternatives(List<(string[] Terms, int[] Positions)> Text, List<string> Capitals)
    {
        /// <summary>The subject terms the clause was searched under (their keys), where the query named one whole.</summary>
        public List<string> Subjects { get; } = [];

        /// <summary>Nothing known of where the clause matches the text (a spelling searched as written): no note is made of it.</summary>
        public bool Unknown => Text.Count == 0 && Capitals.Count == 0;

        /// <summary>Its forms when each is one word ("Africa", "African"), else null: set once, when read.</summary>
        public string[]? Words { get; set; }
        /// <summary>Which units' texts hold one of its forms, as one index's notes found them (<see cref="InText"/>).</summary>
        public HeldIn? Held { get; set; }
    }

    /// <summary>
    /// For each unit of <paramref name="Owner"/>'s index, whether its text holds one of a clause's forms: 0 not yet
    /// looked at, 1 it does, -1 it does not. A unit's text and a kept clause's forms never change, and the same words
    /// are looked up in the same units search after search (each a dictionary look-up per form, through every form of
    /// an expanded word where the text holds none).
    /// </summary>
    private sealed record HeldIn(ResultNotes Owner, sbyte[] Units)
    {
        /// <summary>Where outside its text each unit whose text lacks the forms holds them (<see cref="OutsideOf"/>), made at the first such unit.</summary>
        public FoundOutside?[]? Outside { get; set; }
    }

    /// <summary>The first of a unit's places outside its text holding one of a clause's forms, with their spans there; no place where none does.</summary>
    private sealed record FoundOutside(Place? Place, (int Start, int End)[] Spans)
    {
        public static readonly FoundOutside Nowhere = new(null, []);
    }

    private HeldIn HeldFor(Alternatives forms)
    {
        var held = forms.Held;
        if (held is null || !ReferenceEquals(held.Owner, this)) forms.Held = held = new HeldIn(this, new sbyte[units.Count]);
        return held;
    }

    /// <summary>
    /// Where outside its text a unit holds one of the forms: the first of its places (heading, section, record) that
    /// does, and every occurrence there. Kept per clause and unit, as <see cref="InText"/>: a relaxed result lacking a
    /// word in its text was looked for in each of its places, through every form of the word, search after search.
    /// </summary>
    private FoundOutside OutsideOf(Alternatives forms, int ordinal)
    {
        var held = HeldFor(forms);
        var known = held.Outside ??= new FoundOutside?[units.Count];
        if (known[ordinal] is { } kept) return kept;
        var found = FoundOutside.Nowhere;
        foreach (var place in PlacesOf(ordinal))
        {
            var spans = Spans(place.Tokens, forms.Text);
            foreach (var c in forms.Capitals) spans.AddRange(WordsIn(place.Text, c));
            if (spans.Count == 0) continue;
            found = new FoundOutside(place, [.. spans]);
            break;
        }
        known[ordinal] = found;
        return found;
    }

    /// <summary>Whether the unit's text holds one of the forms: its tokens a form in the text field, or its words one in capitals.</summary>
    private bool InText(Alternatives forms, int ordinal, UnitTokens tokens, string text)
    {
        var held = HeldFor(forms);
        if (held.Units[ordinal] != 0) return held.Units[ordinal] > 0;
        var found = Holds(tokens, forms.Text) || HasAnyWord(text, forms.Capitals);
        held.Units[ordinal] = found ? (sbyte)1 : (sbyte)-1;
        return found;
    }

    /// <param name="ordinal">The result's unit.</param>
    /// <param name="built">The query it was found by.</param>
    /// <param name="noneNear">
    /// The search counted no unit holding the words side by side or nearly (<see cref="Collected.TogetherCount"/> 0): a
    /// result holding them all in its text holds them apart, without looking.
    /// </param>
    public ResultNote Of(int ordinal, BuiltQuery built, bool noneNear = false)
    {
        var unit = units[ordinal];
        var tokens = hits.Tokens(ordinal);
        // Each place holding a word, in the order first found, with the words and their spans there.
        List<(Place Place, List<string> Words, List<(int Start, int End)> Spans)>? outside = null;
        // Each subject term of the unit a clause was searched under, whether or not the text holds the word too: it found
        // the unit or ranked it higher.
        var keys = unit.Subjects.Count > 0 ? SubjectsOf(ordinal) : null;
        bool[]? indexed = null;
        var allInText = true;
        // Each plain word's forms in the text ("Africa", "African"), for whether any of them stand side by side.
        var plain = built.Together is not null ? (plainForms ??= []) : null;
        plain?.Clear();
        // In a question around the words of a subject ("what china think about human rights"): those words' forms.
        var run = built.Together is null ? built.Run : null;
        var runForms = run is not null ? new List<string[]>(run.Length) : null;
        var runInText = true;
        // By index: a foreach through the interface made an enumerator for every result shown.
        var clauses = built.Clauses;
        for (var k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            if (clause.IsFunctionWord) continue;
            var forms = Read.GetValue(clause.Query, static q => AlternativesOf(q));
            if (keys is not null)
                foreach (var key in forms.Subjects)
                    if (Array.IndexOf(keys, key) is >= 0 and var at) (indexed ??= new bool[keys.Length])[at] = true;
            var inRun = run is not null && Array.IndexOf(run, k) >= 0;
            if (inRun && (forms.Unknown || forms.Words is null)) runForms = null;
            else if (inRun) runForms?.Add(forms.Words!);
            if (forms.Unknown) { plain = null; continue; }
            if (plain is not null)
                if (forms.Words is { } words) plain.Add(words); else plain = null;
            if (InText(forms, ordinal, tokens, unit.Text)) continue;
            // A word the unit lacks, not required of it for being filed under the query's subject (review 24, D4): the
            // terms it is filed under are named, as a term that found it is.
            if (keys is not null && built.Filed.Count > 0 && built.Filed.TryGetValue(clause, out var under))
                foreach (var key in Read.GetValue(under, static q => AlternativesOf(q)).Subjects)
                    if (Array.IndexOf(keys, key) is >= 0 and var at) (indexed ??= new bool[keys.Length])[at] = true;
            allInText = false;
            if (inRun) runInText = false;
            if (OutsideOf(forms, ordinal) is { Place: { } place } found)
            {
                outside ??= [];
                var at = outside.FindIndex(o => o.Place == place);
                if (at < 0) outside.Add((place, [clause.Text], [.. found.Spans]));
                else { outside[at].Words.Add(clause.Text); outside[at].Spans.AddRange(found.Spans); }
            }
        }
        IReadOnlyList<string> apart = allInText && plain is { Count: >= 2 } && (noneNear || !Near(tokens, plain, QueryBuilder.NearSlop))
            ? built.TypedWords
            // The subject's words of a question, held in the text but not side by side: "what china think about human
            // rights" found commitment 4, which says "Humanity" and "rights" apart, and said nothing of it where "human
            // rights" says so (a fresh-eyes review, T6). Of each result holding them all, whatever else it lacks.
            : runInText && runForms is { Count: >= 2 } && !Near(tokens, runForms, QueryBuilder.NearSlop) ? built.RunWords : [];
        if (outside is null && apart.Count == 0 && indexed is null) return ResultNote.None;
        return new ResultNote(apart, outside?.Select(Marked).ToList() ?? [])
        {
            // As the editors wrote them, in their order; a term named twice over (two spellings of one key) once.
            IndexedUnder = indexed is null ? [] : Named(unit.Subjects, keys!, indexed),
        };
    }

    /// <summary>The terms marked in <paramref name="indexed"/>, in the editors' order, a key written twice ("Taiwan", "taiwan") once.</summary>
    private static string[] Named(IReadOnlyList<string> terms, string[] keys, bool[] indexed)
    {
        var count = 0;
        for (var i = 0; i < indexed.Length; i++)
            if (indexed[i] && Array.IndexOf(keys, keys[i]) == i) count++;
        var named = new string[count];
        for (int i = 0, n = 0; i < indexed.Length; i++)
            if (indexed[i] && Array.IndexOf(keys, keys[i]) == i) named[n++] = terms[i];
        return named;
    }

    private string[] SubjectsOf(int ordinal) => LazyInitializer.EnsureInitialized(ref subjects[ordinal], () => [.. units[ordinal].Subjects.Select(SubjectTerms.Key)])!;

    /// <summary>A place's words with every searched word it holds marked, adjacent ones as one ("Embassy Update").</summary>
    private static MatchedOutside Marked((Place Place, List<string> Words, List<(int Start, int End)> Spans) found)
    {
        var (place, words, spans) = found;
        spans.Sort();
        var union = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
            if (union.Count > 0 && span.Start <= union[^1].End) union[^1] = (union[^1].Start, Math.Max(union[^1].End, span.End));
            else union.Add(span);
        return new MatchedOutside(words, place.Where, TextMarker.Runs(place.Text, 0, place.Text.Length, TextMarker.Merge(place.Text, union)));
    }

    private Place[] PlacesOf(int ordinal) => LazyInitializer.EnsureInitialized(ref places[ordinal], () => PlacesOf(units[ordinal]))!;

    private static Place[] PlacesOf(SearchUnit unit)
    {
        var named = new List<(MatchedPlace, string)>();
        if (unit.IsItem) named.AddRange([(MatchedPlace.Heading, unit.Headings), (MatchedPlace.Heading, unit.ItemName)]);
        else if (unit.TitleIsSearchable) named.Add((MatchedPlace.Heading, unit.Title));
        named.Add((MatchedPlace.Section, unit.Section));
        named.AddRange(unit.RecordParts);
        return named.Where(p => p.Item2.Length > 0)
            .Select(p => new Place(p.Item1, p.Item2, new UnitTokens([.. TextAnalysis.Tokens(PortalAnalyzer.Stemming, p.Item2)]))).ToArray();
    }

    /// <summary>The clause's forms in the text field: its term and phrase queries on it, and its capitals (as written).</summary>
    private static Alternatives AlternativesOf(Query query)
    {
        var found = new Alternatives([], []);
        Walk(query, found);
        if (found.Text.Count > 0 && found.Text.All(f => f.Terms.Length == 1)) found.Words = [.. found.Text.Select(f => f.Terms[0])];
        return found;
    }

    private static void Walk(Query query, Alternatives into)
    {
        // Any of its alternatives; a conjunction's words (a paraphrase's typed words, each anywhere) are read as
        // alternatives too, so such a clause is taken as in the text when one of its words is.
        foreach (var leaf in QueryLeaves.Of(query))
        {
            switch (leaf)
            {
                case TermQuery { Term: var t } when t.Field == SearchFields.Text:
                    into.Text.Add(([t.Text], [0]));
                    break;
                case TermQuery { Term: var t } when t.Field == SearchFields.Capitals:
                    into.Capitals.Add(t.Text);
                    break;
                case TermQuery { Term: var t } when t.Field == SearchFields.SubjectTerms:
                    into.Subjects.Add(t.Text);
                    break;
                case PhraseQuery { Slop: 0 } phrase when phrase.GetTerms() is { Length: > 0 } terms && terms[0].Field == SearchFields.Text:
                    into.Text.Add((terms.Select(t => t.Text).ToArray(), phrase.GetPositions()));
                    break;
            }
        }
    }

    private static bool Holds(UnitTokens tokens, List<(string[] Terms, int[] Positions)> forms)
    {
        foreach (var (terms, positions) in forms)
            foreach (var at in tokens.Of(terms[0]))
                if (Follows(tokens, at, terms, positions) >= 0) return true;
        return false;
    }

    /// <summary>Every occurrence of any of the forms, as a character span.</summary>
    private static List<(int Start, int End)> Spans(UnitTokens tokens, List<(string[] Terms, int[] Positions)> forms)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var (terms, positions) in forms)
            foreach (var at in tokens.Of(terms[0]))
                if (Follows(tokens, at, terms, positions) is >= 0 and var last) spans.Add((tokens.Tokens[at].Start, tokens.Tokens[last].End));
        return spans;
    }

    /// <summary>The index of the phrase's last token when the phrase stands from token <paramref name="at"/>, else -1.</summary>
    private static int Follows(UnitTokens tokens, int at, string[] terms, int[] positions)
    {
        var last = at;
        for (var j = 1; j < terms.Length; j++)
        {
            last = TextMarker.At(tokens.Tokens, tokens.Tokens[at].Position + positions[j] - positions[0]);
            if (last < 0 || tokens.Tokens[last].Term != terms[j]) return -1;
        }
        return last;
    }

    /// <summary>
    /// Whether the words (each any of its forms) stand within <paramref name="slop"/> moves of side by side, as a sloppy
    /// phrase query of them matches (<see cref="BuiltQuery.Together"/>): some choice of one occurrence each whose
    /// positions, less each word's place in the phrase, lie within the slop of each other.
    /// </summary>
    internal static bool Near(UnitTokens tokens, IReadOnlyList<string[]> terms, int slop)
    {
        var points = ResultNotes.points ??= [];
        points.Clear();
        for (var i = 0; i < terms.Count; i++)
            foreach (var form in terms[i])
                foreach (var at in tokens.Of(form)) points.Add((tokens.Tokens[at].Position - i, i));
        points.Sort();
        Span<int> count = terms.Count <= 32 ? stackalloc int[terms.Count] : new int[terms.Count];
        var covered = 0;
        for (int left = 0, right = 0; right < points.Count; right++)
        {
            if (count[points[right].Index]++ == 0) covered++;
            while (covered == terms.Count)
            {
                if (points[right].Adjusted - points[left].Adjusted <= slop) return true;
                if (--count[points[left].Index] == 0) covered--;
                left++;
            }
        }
        return false;
    }

    private static bool HasAnyWord(string text, List<string> forms)
    {
        foreach (var form in forms)
            if (WordsIn(text, form).Count > 0) return true;
        return false;
    }

    /// <summary>Each place <paramref name="form"/> stands as a word written exactly so (a short form in capitals).</summary>
    private static List<(int Start, int End)> WordsIn(string text, string form)
    {
        var found = new List<(int, int)>();
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + form.Length == text.Length || !char.IsLetterOrDigit(text[at + form.Length])))
                found.Add((at, at + form.Length));
        return found;
    }
}
