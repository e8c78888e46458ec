using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GsiPortal.Core.Search;
/// <summary>
/// Turns a <see cref="ReaderQuery"/> into Lucene clauses. Every clause searches the text, the headings (weighted
/// higher) and the record of the document (author, title, venue, date; weighted lower); a typed word also searches
/// what it expands to (<see cref="QueryExpansions"/>); an exact phrase of the reader's words adds to the score,
/// so a phrase ranks above the same words scattered.
/// </summary>
public sealed class QueryBuilder(QueryExpansions expansions, SubjectTerms? subjects = null, HyphenatedWords? hyphenated = null, EditorsHeadings? headings = null)
{
    private readonly HyphenatedWords hyphenated = hyphenated ?? HyphenatedWords.None;

    /// <summary>Each hyphenated word's closed form's stem where the texts hold it ("non-traditional": "nontradit"), kept by the word as typed (bounded).</summary>
    private readonly BoundedCache<string, string?> closedForms = new(WordAnalysis.MaxCachedWords, StringComparer.Ordinal);

    private readonly IndexedWordForms wordForms = new();
    private readonly SpellingVariants spellings = new();
    private readonly ClauseQueries clauseQueries = new();

    /// <summary>What each typed word makes, kept by the word (<see cref="WordClause"/>).</summary>
    private readonly BoundedCache<string, WordClause> words = new(WordAnalysis.MaxCachedWords, StringComparer.Ordinal);

    /// <summary>Whether what a typed word makes is kept.</summary>
    internal bool Keeps(string typed) => words.Holds(typed);

    /// <summary>
    /// Each two neighbouring words' near-phrase boost, kept by the pair (bounded): a query of three words or more asks
    /// one per neighbouring pair, and pairs recur across queries far more than queries do.
    /// </summary>
    private readonly BoundedCache<(string, string), Query> pairs = new(WordAnalysis.MaxCachedWords);

    private const float PhraseBoost = 3f;
    private const float NearBoost = 1f;
    /// <summary>How far apart the words of <see cref="BuiltQuery.Together"/> may stand and still be "nearly side by side".</summary>
    internal const int NearSlop = 4;
    private const float PairBoost = 0.5f;
    private const float WrittenPhraseBoost = 0.5f;
    // Measured on the tuning sets: 1 and 2 left Chen ¶12 below priorities that begin "Support" for "how many countries
    // support the GSI"; 4 put it first and moved no other judged query.
    private const float QuantityBoost = 4f;

    /// <summary>"how many", "how much", "how long", typed as words.</summary>
    private static bool AsksForQuantity(IReadOnlyList<QueryClause> clauses)
    {
        for (var i = 0; i + 1 < clauses.Count; i++)
            if (clauses[i] is { Kind: QueryClauseKind.Word, Text: var how } && clauses[i + 1] is { Kind: QueryClauseKind.Word, Text: var what } && AsksForQuantity(how, what))
                return true;
        return false;
    }

    /// <summary>The same of a built query's words in order (the meaning path asks it of <see cref="BuiltQuery.Clauses"/>).</summary>
    internal static bool AsksForQuantity(IEnumerable<string> words)
    {
        string? before = null;
        foreach (var word in words)
        {
            if (before is not null && AsksForQuantity(before, word)) return true;
            before = word;
        }
        return false;
    }

    private static bool AsksForQuantity(string how, string what) =>
        how.Equals("how", StringComparison.OrdinalIgnoreCase) && (string[])["many", "much", "long"] is var asks && asks.Contains(what.ToLowerInvariant());

    private const float ExactFormBoost = 0.5f;

    /// <summary>Whether single words are built from what each made before (<see cref="WordClause"/>); off, every word takes the general path (for the tests that compare the two).</summary>
    internal bool KeepsWords { get; init; } = true;

    public BuiltQuery Build(ReaderQuery query, IndexReader reader)
    {
        var marks = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string[]>();
        var used = new List<ExpansionUsed>();
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        var prefixed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // No word to search for ("s*", "the", "?"): built empty (IsEmpty), not as alternatives of no group, which
        // searched nothing and was answered as a search that found nothing (SearchResponse.NothingSearchable).
        if (query.Groups.Count == 0) return new BuiltQuery([], [], [], null, marks, phrases, used, null, capitals, markAlone: marks);
        if (query.Groups.Count == 1)
        {
            var (clauses, excluded, boosts, near, ownWords, filing) = BuildGroup(query.Groups[0], reader, marks, phrases, used, capitals, prefixed);
            var plain = query.Groups[0].All(c => c.Occur == ClauseOccur.Must && c.Kind == QueryClauseKind.Word) && clauses.All(c => !c.IsFunctionWord && c.Typed is null);
            var begun = Begun(marks, prefixed);
            return new BuiltQuery(clauses, excluded, boosts, null, Searched(marks, phrases), phrases, used, plain && used.Count == 0 ? near : null, capitals,
                togetherWithinStrict: excluded.Count == 0 && ownWords == clauses.Count, markAlone: marks)
            {
                MarkBegun = begun, Titled = Titled(query.Groups[0]), Filing = filing,
                // Where the whole query is not the reader's words side by side (a question around them), the words of the
                // subject typed side by side are: "human rights" in "what china think about human rights".
                Run = plain && used.Count == 0 ? null : Run(query.Groups[0], clauses),
            };
        }
        var any = new BooleanQuery(disableCoord: true);
        foreach (var g in query.Groups)
        {
            var (clauses, excluded, boosts, _, _, _) = BuildGroup(g, reader, marks, phrases, used, capitals, prefixed);
            any.Add(new BuiltQuery(clauses, excluded, boosts, null, marks, phrases, []).Query, Occur.SHOULD);
        }
        var begunAny = Begun(marks, prefixed);
        return new BuiltQuery([], [], [], any, Searched(marks, phrases), phrases, used, null, capitals, markAlone: marks) { MarkBegun = begunAny };
    }

    /// <summary>
    /// The first run of two or more words the reader typed side by side (no other word, nor a stop word, between them:
    /// plain single words, no function word; words of general English too, as "human" and "right" are), as indexes into
    /// <paramref name="built"/>; null where there is none.
    /// </summary>
    private int[]? Run(IReadOnlyList<QueryClause> group, List<BuiltClause> built)
    {
        var run = new List<int>();
        var next = 0;
        foreach (var typed in group)
        {
            var at = -1;
            for (var b = next; b < built.Count && at < 0; b++)
                if (built[b].Text == typed.Text) at = b;
            if (at >= 0) next = at + 1;
            var subject = at >= 0 && typed is { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must, Terms: [{ Length: > 0 }] }
                && built[at] is { IsFunctionWord: false, Typed: null, ByRelatives: false };
            if (!subject || run.Count > 0 && (typed.Gap != 0 || run[^1] != at - 1))
            {
                if (run.Count >= 2) break;
                run.Clear();
            }
            if (subject) run.Add(at);
        }
        return run.Count >= 2 ? [.. run] : null;
    }

    /// <summary>
    /// The items whose editors' heading the group's required words name whole (<see cref="EditorsHeadings"/>), or null.
    /// </summary>
    private int[]? Titled(IReadOnlyList<QueryClause> group)
    {
        if (headings is null) return null;
        var terms = new List<string>();
        foreach (var c in group)
            if (c.Occur == ClauseOccur.Must)
                foreach (var t in c.Terms)
                    if (t.Length > 0) terms.Add(t);
        return terms.Count == 0 ? null : headings.NamedBy(terms);
    }

    /// <summary>
    /// The stems only a trailing wildcard searched, each with the letters a word must begin with to be marked, added to
    /// <paramref name="marks"/>: "communit*" searches the stem "commun" where a unit writes "community", and marked by
    /// stem it marked "communication" beside it (a fresh-eyes review). A stem an ordinary word also searched is marked
    /// as that word's is, wherever it stands. Null where no wildcard searched anything.
    /// </summary>
    private static Dictionary<string, string[]>? Begun(HashSet<string> marks, Dictionary<string, List<string>> prefixed)
    {
        if (prefixed.Count == 0) return null;
        var begun = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (stem, letters) in prefixed)
            if (marks.Add(stem)) begun[stem] = [.. letters];
        return begun.Count == 0 ? null : begun;
    }

    /// <summary>
    /// Every searched term: those marked alone, and the words of the phrases (quoted, or an expansion's several words),
    /// which are marked only where their phrase stands but weigh the snippet's choice of sentence as any searched word.
    /// </summary>
    private static HashSet<string> Searched(HashSet<string> marks, List<string[]> phrases)
    {
        HashSet<string>? all = null;
        foreach (var phrase in phrases)
            foreach (var term in phrase)
                if (term.Length > 0 && !marks.Contains(term)) (all ??= new HashSet<string>(marks, StringComparer.Ordinal)).Add(term);
        return all ?? marks;
    }

    /// <returns>
    /// The clauses, exclusions and boosts; the words near each other (or null); and how many clauses are one word that
    /// matches wherever the text holds it (its own term among the clause's alternatives in the text).
    /// </returns>
    private (List<BuiltClause>, List<Query>, List<Query>, Query?, int, List<(string Key, string[] Words)>?) BuildGroup(IReadOnlyList<QueryClause> clauses, IndexReader reader, HashSet<string> marks, List<string[]> phrases, List<ExpansionUsed> used, HashSet<string> capitals,
        Dictionary<string, List<string>> prefixed)
    {
        var built = new List<BuiltClause>();
        var excluded = new List<Query>();
        var plainWords = new List<string>();
        // The same words in their places, "" where a word between them was not one of them (a stop word, a question
        // word): "concerns of all countries" stands so in the text, and the phrase of "concern countri" side by side
        // never matched it, so the Part II passage writing the reader's words exactly ranked below priority 10, which
        // holds them apart (a fresh-eyes review). The phrase boosts and the marks read these; the pairs the plain words.
        var placed = new List<string>();
        // And as typed, unstemmed (the spell field's forms), while each word placed is one word typed: the phrase as
        // the reader wrote it outranks its stems' ("Global Development Initiative" named, not "global development
        // initiatives" in general). Null once a place holds anything else (an expansion, another spelling).
        List<string>? asTyped = [];
        // Whether a name among the words is also written another way in the texts ("UN" for "United Nations"): the
        // phrase as typed would rank the units writing it out above those writing the other form (the ninth turn).
        var writtenOtherwise = false;
        var skipped = 0;
        void Place(IReadOnlyList<QueryClause> typed, IEnumerable<string> words)
        {
            var before = plainWords.Count;
            plainWords.AddRange(words);
            if (plainWords.Count == before) return;
            var gap = placed.Count > 0 ? skipped + typed[0].Gap : 0;
            for (var g = gap; g > 0; g--) placed.Add("");
            for (var w = before; w < plainWords.Count; w++) placed.Add(plainWords[w]);
            skipped = 0;
            if (asTyped is null) return;
            if (plainWords.Count - before != typed.Count) { asTyped = null; return; }
            for (var t = 0; t < typed.Count; t++)
            {
                if (typed[t].Kind != QueryClauseKind.Word || WordAnalysis.WrittenForms(typed[t].Text) is not [var form]) { asTyped = null; return; }
                for (var g = t == 0 ? gap : typed[t].Gap; g > 0; g--) asTyped.Add("");
                asTyped.Add(form);
            }
        }
        var expansionClauses = 0;
        var exactForms = new List<Query>();
        var ownWords = 0;
        // Every word the reader typed, analysed, in order: a form they typed themselves is not "also searched".
        string[]? typedAll = null;
        string[] TypedTerms() => typedAll ??= clauses.Where(c => c.Occur == ClauseOccur.Must).SelectMany(c => c.Terms.Where(t => t.Length > 0)).ToArray();
        // Only in a query of single words, each required: a run of several words has a term per word, so a word that
        // starts no key of several terms starts no expansion but its own (MatchExpansion).
        var singleWords = true;
        foreach (var c in clauses)
            if (c is not { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must, Terms: [{ Length: > 0 }] }) { singleWords = false; break; }
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Occur == ClauseOccur.MustNot)
            {
                excluded.Add(clause.Kind == QueryClauseKind.Prefix ? Prefix(clause.Text, reader).Query ?? NoMatch : Fields(ClauseTerms(clause), marks: null));
                continue;
            }
            if (clause.Kind == QueryClauseKind.Prefix)
            {
                // "cooperat*": every word of the texts beginning with the letters, by its stem; marked where a word
                // begins with the letters as written (Begun), not wherever its stem stands.
                var (prefixTerms, prefixQuery) = Prefix(clause.Text, reader);
                foreach (var stem in prefixTerms.AllStems)
                {
                    if (!prefixed.TryGetValue(stem, out var letters)) prefixed[stem] = letters = [];
                    if (!letters.Contains(prefixTerms.Letters)) letters.Add(prefixTerms.Letters);
                }
                built.Add(new BuiltClause(prefixQuery ?? NoMatch, clause.Text, false, clause.Text + "*"));
                continue;
            }
            var word = singleWords ? Word(clause, reader) : null;
            if (word is { Expansion: null, Built: { } kept })
            {
                foreach (var term in word.Marks) marks.Add(term);
                if (word.Used is { } spelling) used.Add(spelling);
                built.Add(kept);
                Place([clause], word.PlainWords);
                if (kept.IsFunctionWord) skipped += clause.Gap + 1;
                ownWords += word.OwnWords;
                exactForms.AddRange(word.ExactForms);
                continue;
            }
            var expansion = word?.Expansion is { } single ? (single.Alternatives, single.Shown, single.Abbreviation, single.Capitals, Length: 1)
                : word is null && clause.Kind == QueryClauseKind.Word ? MatchExpansion(clauses, i) : null;
            if (expansion is { } match)
            {
                var typedTerms = TypedTerms();
                // "African Union", "mine clearing", "UN": the words as typed, or any of what they stand for.
                var typed = clauses.Skip(i).Take(match.Length).ToList();
                var own = typed.SelectMany(c => c.Terms).ToArray();
                var text = string.Join(' ', typed.Select(c => c.Text));
                // An abbreviation typed in capitals matches only as written in capitals, never as a common word ("US", "uses").
                List<string[]> alternatives = match.Abbreviation || !own.Any(t => t.Length > 0) ? match.Alternatives : [own, .. match.Alternatives];
                var query = Fields(alternatives, marks);
                phrases.AddRange(alternatives.Where(a => a.Count(t => t.Length > 0) > 1));
                // Its forms in capitals too: a query of its own, the kept one holding the alternatives being shared.
                // In the headings as well, weighed as a heading's words are: "UN" and "United Nations" listed four
                // commentary paragraphs first, and priority 1, "The UN and peacekeeping", not in the first ten.
                if (match.Abbreviation || match.Capitals.Count > 0)
                    query = ClauseQueries.With(query, (match.Abbreviation ? [text] : Enumerable.Empty<string>()).Concat(match.Capitals)
                        .SelectMany(form => new Query[] { new KnownTermQuery(new Term(SearchFields.Capitals, form)), new KnownTermQuery(new Term(SearchFields.TitleCapitals, form)) { Boost = ClauseQueries.TitleBoost } }));
                // A paraphrase adds forms and takes none away: "rich and poor countries are equal members" made "poor
                // countries" one clause matching the phrase or "developing countries", so commitment 2 ("rich or poor,
                // are equal members") no longer held the query's words; without the entry it would have. The words as
                // typed, each anywhere in the unit, are one more alternative. Not for a name (an abbreviation or its
                // long form: "African Union" is not "African" beside "European Union"). The better of the two scores, not
                // their sum: a unit writing the phrase is not counted twice for it.
                if (!match.Abbreviation && match.Capitals.Count == 0 && own.Count(t => t.Length > 0) >= 2)
                {
                    query = new DisjunctionMaxQuery(0f) { query, EachWord(own) };
                    // Each matches alone, so each is marked alone (an alternative of several words is marked only whole).
                    marks.UnionWith(own.Where(t => t.Length > 0));
                }
                capitals.UnionWith(match.Capitals);
                writtenOtherwise |= match.Abbreviation || match.Alternatives.Count > 1
                    || match.Capitals.Any(c => reader.DocFreq(new Term(SearchFields.Capitals, c)) > 0);
                if (match.Abbreviation && !QueryWords.IsFunctionWord(text)) marks.UnionWith(own.Where(t => t.Length > 0));
                // The forms the reader did not type, each with a query of its own, so the page names only those that found something.
                var forms = match.Alternatives.Select((a, n) => (Terms: a, match.Shown[n].Text, match.Shown[n].Disclosed))
                    .Where(f => f.Disclosed && f.Terms.Any(t => t.Length > 0) && !ContainsRun(typedTerms, f.Terms.Where(t => t.Length > 0).ToArray()))
                    .Select(f => (f.Text, Fields([f.Terms], marks: null)))
                    .Concat(match.Capitals.Select(c => (c, (Query)new KnownTermQuery(new Term(SearchFields.Capitals, c)))))
                    .ToList();
                // The words as typed, on their own: when no passage holds them, the page says the results are for the other forms.
                var ownQuery = !match.Abbreviation && own.Any(t => t.Length > 0) ? Fields([own], marks: null) : null;
                if (forms.Count > 0) used.Add(new ExpansionUsed(text, forms, ownQuery));
                if (!match.Abbreviation && own.Length == 1 && own[0].Length > 0) ownWords++;
                built.Add(new BuiltClause(query, text, false));
                Place(typed, own.Where(t => t.Length > 0));
                expansionClauses++;
                i += match.Length - 1;
                continue;
            }
            if (clause.Kind == QueryClauseKind.Word && !clause.PlainTerms.Any()) continue;
            var terms = ClauseTerms(clause);
            var isFunction = clause.Kind == QueryClauseKind.Word && QueryWords.IsFunctionWord(clause.Text);
            if (clause.Kind == QueryClauseKind.Word && !isFunction && terms is [[var typedStem]] && spellings.Of(clause.Text, typedStem, reader) is { } spelt)
            {
                // "weaponise", "neighbours": the texts write the other spelling ("weaponizing", "Neighboring"); searched
                // as they write it and named on the page, a spelling rather than a correction.
                marks.UnionWith(spelt.Stems);
                used.Add(new ExpansionUsed(clause.Text, spelt.Forms.Select(f => (f, SpellingVariants.Variant.Form(f))).ToList(), Fields([[typedStem]], marks: null)));
                built.Add(new BuiltClause(spelt.Query(), clause.Text, false));
                if (spelt.Stems is [var spelledStem]) Place([clause], [spelledStem]);
                continue;
            }
            if (clause.Kind == QueryClauseKind.Word && !isFunction && terms is [[var lone]] && wordForms.Related(clause.Text, lone, reader) is { Count: > 0 } related)
            {
                // A word the texts never write ("banning", "arctic"): its WordNet relatives the texts do write
                // ("prohibition", "polar"), named on the page as searched instead, so the word lowers a result
                // rather than emptying it.
                var own = new[] { lone };
                var query = Fields([own, .. related.Select(r => new[] { r.Term })], marks);
                used.Add(new ExpansionUsed(clause.Text, related.Select(r => (r.Text, Fields([[r.Term]], marks: null))).ToList(), Fields([own], marks: null)));
                built.Add(new BuiltClause(query, clause.Text, false, ByRelatives: true));
                continue;
            }
            // (ReaderQuery reads a word of several terms as a phrase of them, so the hyphenated word comes as one.)
            if (clause.Kind == QueryClauseKind.Phrase && terms is [{ Length: > 1 } parts] && clause.Text.Contains('-') && !clause.Text.Contains(' ')
                && !parts.Any(p => p.Length == 0) && wordForms.RelatedCompound(clause.Text, parts, reader) is { Count: > 0 } compoundRelated)
            {
                // A hyphenated word the texts never write ("one-sided"): its parts are in the texts apart ("one", "side"),
                // the word is not; its WordNet relatives are ("unilateral"), searched beside the parts side by side.
                var query = Fields([parts, .. compoundRelated.Select(r => new[] { r.Term })], marks);
                used.Add(new ExpansionUsed(clause.Text, compoundRelated.Select(r => (r.Text, Fields([[r.Term]], marks: null))).ToList(), Fields([parts], marks: null)));
                built.Add(new BuiltClause(query, clause.Text, false, ByRelatives: true));
                // Written closed by the texts ("cybersecurity"), it is that word typed: it outranks the other words of its
                // stem as the word typed closed does, so the two rank alike (with the editors' subject terms too, the
                // sixteenth turn, where a term of the closed word lifted Chen Xiangyang ¶11 past priority 4 for one alone).
                if (compoundRelated is [var only] && only.Text == clause.Text.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant())
                    foreach (var form in WordAnalysis.WrittenForms(only.Text))
                        exactForms.Add(new KnownTermQuery(new Term(SearchFields.Spell, form)) { Boost = ExactFormBoost });
                continue;
            }
            if (terms.Count == 0) { built.Add(new BuiltClause(NoMatch, clause.Text, isFunction)); continue; }
            if (clause.Kind == QueryClauseKind.Word && !isFunction && wordForms.OverStemmed(clause.Text, terms, reader) is { } asWritten)
            {
                // "globalization": Porter makes it "global", found in most units; the reader asked for the word.
                marks.UnionWith(terms[0].Where(t => t.Length > 0));
                built.Add(new BuiltClause(asWritten, clause.Text, false));
                continue;
            }
            // One word, hyphenated or closed: "nontraditional" also searches the texts' "non-traditional" (a phrase of its
            // parts), and "non-traditional" the texts' "nontraditional" (the paper writes it closed, the commentaries not).
            if (clause.Kind == QueryClauseKind.Word && !isFunction && terms is [[{ Length: > 0 } closedWord]] && hyphenated.Of(closedWord) is { Count: > 0 } written)
            {
                terms = [.. terms, .. written];
                phrases.AddRange(written);
            }
            else if (clause.Kind == QueryClauseKind.Phrase && terms is [{ Length: > 1 }] && clause.Text.Contains('-') && !clause.Text.Contains(' ')
                && ClosedStem(clause.Text, reader) is { } closedStem)
                terms = [.. terms, [closedStem]];
            // A question word ("how", "does") is searched but not marked: it never shows why a passage matched.
            var alone = clause.Kind == QueryClauseKind.Phrase ? $"\"{clause.Text}\"" : null;
            built.Add(new BuiltClause(Fields(terms, isFunction ? null : marks), clause.Text, isFunction, alone));
            if (clause.Kind == QueryClauseKind.Phrase) phrases.AddRange(terms.Where(t => t.Count(x => x.Length > 0) > 1));
            if (clause.Kind == QueryClauseKind.Word && !isFunction)
            {
                if (terms[0] is [{ Length: > 0 }]) ownWords++;
                Place([clause], terms[0].Where(t => t.Length > 0));
                // The word as typed outranks the other words of its stem: "weaponization" finds priority 16, which
                // says it, before the priorities that say "weapons" (a reader's review).
                foreach (var form in WordAnalysis.WrittenForms(clause.Text))
                    exactForms.Add(new KnownTermQuery(new Term(SearchFields.Spell, form)) { Boost = ExactFormBoost });
            }
            else if (isFunction) skipped += clause.Gap + 1;
        }
        var boosts = new List<Query>(exactForms);
        // "how many countries support the GSI": the reader asks for a number, so a unit that states one ("More than 80
        // countries … support") ranks above one that only shares the words.
        if (AsksForQuantity(clauses))
            boosts.Add(new KnownTermQuery(new Term(SearchFields.Shape, SearchFields.Quantity)) { Boost = QuantityBoost });
        Query? near = null;
        // A query that is one name with other forms ("United Nations", "weapons of mass destruction") is already
        // searched as a phrase, or as one of its forms: the boosts for words side by side would reward only the units
        // writing the name out, and "United Nations" ranked four commentary paragraphs saying it at 19-27 above the
        // paper's passages saying "UN" at 3-4, priority 1, "The UN and peacekeeping", not among the first ten.
        var oneName = built.Count == 1 && expansionClauses == 1;
        if (plainWords.Count >= 2)
            phrases.Add(placed.ToArray());
        if (plainWords.Count >= 2 && !oneName)
        {
            // The reader's words side by side, exactly or nearly, outrank the same words scattered.
            boosts.Add(Phrase(SearchFields.Text, placed, 0, PhraseBoost));
            boosts.Add(Phrase(SearchFields.Title, placed, 0, PhraseBoost));
            boosts.Add(near = Phrase(SearchFields.Text, placed, NearSlop, NearBoost));
        }
        // A name written only one way in the texts ("Global Development Initiative"; "GDI" is nowhere), which takes none
        // of the stems' boosts above: as typed, side by side, it outranks the same stems in general ("global development
        // initiatives"). Only for such a name: the spell field also holds the headings and the byline, and for every
        // query of two words "peace deficit" lifted Lei Kezhong's paragraphs holding "peace" under his title "… Bridges
        // Peace Deficit" above Chen Xiangyang ¶3 (ResultGroupsTests).
        if (oneName && asTyped is { Count: >= 2 } && !asTyped.SequenceEqual(placed) && !writtenOtherwise)
            boosts.Add(Phrase(SearchFields.Spell, asTyped, 0, WrittenPhraseBoost));
        // Longer queries rarely stand together whole; each two neighbouring words near each other still say more
        // than the same words scattered ("what role should the UN play in global security": "UN role", "global
        // security" in priority 1).
        if (plainWords.Count >= 3 && !oneName)
            for (var w = 0; w + 1 < plainWords.Count; w++)
                boosts.Add(pairs.Get((plainWords[w], plainWords[w + 1]), static pair => ClauseQueries.Phrase(SearchFields.Text, [pair.Item1, pair.Item2], NearSlop, PairBoost, kept: true)));
        // The editors' subject terms the reader's words name whole ("Persian Gulf", "landmines"): each word of such a
        // term also matches the units indexed under it. Asked only of an index with a subject index.
        List<(string Key, string[] Words)>? filing = null;
        if (subjects is { IsEmpty: false })
        {
            if (subjects.MayBeNamedBy(clauses) && subjects.NamedBy(Closed(TypedTerms(), built), Written(clauses)) is { } named) IndexedUnder(built, filing = named);
            // A term that is a named one with "counter" before it ("counter-terrorism" for "terrorism") files its units
            // under the same subject, as /subjects's "see also" says (SubjectHeadings.SameSubject); it ranks nothing
            // here, and only lets an item so filed stand without the query's everyday words (QueryRelaxations.FiledUnderSubject).
            if (subjects.NamedBy([.. Closed(TypedTerms(), built), Counter], [.. Written(clauses), Counter]) is { } seeAlso)
                foreach (var term in seeAlso)
                    if (Array.IndexOf(term.Words, Counter) >= 0 && Array.IndexOf(TypedTerms(), Counter) < 0 && (filing is null || !filing.Exists(f => f.Key == term.Key)))
                        (filing ??= []).Add(term);
        }
        return (built, excluded, boosts, near, ownWords, filing);
    }

    /// <summary>
    /// The query's words with each hyphenated word's closed form ("cyber-security": "cybersecurity"), which is searched
    /// as the word where the texts write it so: a term of the closed word is named by the hyphenated one.
    /// </summary>
    private static IReadOnlyList<string> Closed(string[] typed, List<BuiltClause> built)
    {
        List<string>? words = null;
        foreach (var clause in built)
            if (clause.Text.Contains('-') && ClosedForm(clause.Text) is { } closed) (words ??= [.. typed]).Add(closed);
        return words ?? (IReadOnlyList<string>)typed;
    }

    /// <summary>The required words as typed, unstemmed (the spell field's forms), with each hyphenated word's closed form.</summary>
    private static List<string> Written(IReadOnlyList<QueryClause> clauses)
    {
        var written = new List<string>();
        foreach (var c in clauses)
        {
            if (c.Occur != ClauseOccur.Must) continue;
            written.AddRange(WordAnalysis.WrittenForms(c.Text));
            if (c.Text.Contains('-')) written.AddRange(WordAnalysis.WrittenForms(c.Text.Replace("-", "", StringComparison.Ordinal)));
        }
        return written;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i] == word) return true;
        return false;
    }

    private static string? ClosedForm(string text) => WordAnalysis.PhraseTerms(text.Replace("-", "", StringComparison.Ordinal)) is [var closed] ? closed : null;

    private const string Counter = "counter";

    /// <summary>
    /// Each clause of the reader's own words (not a quoted phrase, a prefix or a question word) that holds a word of a
    /// named subject term also finds the units indexed under that term, below the text's weight.
    /// </summary>
    private void IndexedUnder(List<BuiltClause> built, List<(string Key, string[] Words)> named)
    {
        for (var i = 0; i < built.Count; i++)
        {
            var clause = built[i];
            if (clause.IsFunctionWord || clause.Typed is not null) continue;
            var words = WordAnalysis.PhraseTermsRead(clause.Text);
            var closed = clause.Text.Contains('-') ? ClosedForm(clause.Text) : null;
            List<string>? keys = null;
            foreach (var (key, termWords) in named)
                foreach (var word in termWords)
                    if (word == closed || Contains(words, word)) { (keys ??= []).Add(key); break; }
            if (keys is not null) built[i] = clause with { Query = clauseQueries.WithSubjects(clause.Query, keys), Unindexed = clause.Query };
        }
    }

    /// <summary>Whether <paramref name="run"/> occurs, in order and side by side, in <paramref name="terms"/> ("outer space" typed holds the expansion of "space").</summary>
    private static bool ContainsRun(string[] terms, string[] run) =>
        run.Length > 0 && Enumerable.Range(0, Math.Max(0, terms.Length - run.Length + 1)).Any(i => terms.AsSpan(i, run.Length).SequenceEqual(run));

    /// <summary>
    /// What a single typed word makes (kept by the word), or null when it may start an expansion of several words, whose
    /// outcome depends on the words after it. Decided as the general path decides it, branch for branch.
    /// </summary>
    private WordClause? Word(QueryClause clause, IndexReader reader)
    {
        var term = clause.Terms[0];
        if (!KeepsWords || expansions.MayStartKey(term)) return null;
        var kept = words.Get(clause.Text, (term, reader, self: this), static (text, state) => state.self.WorkOut(text, state.term, state.reader));
        // The same text analyses to the same term; checked so that a kept plan never stands for another word.
        return kept.Term == term ? kept : WorkOut(clause.Text, term, reader);
    }

    private WordClause WorkOut(string text, string term, IndexReader reader)
    {
        if (expansions.Find([term], text, CapitalsAnalyzer.IsCapitals(text)) is { } found) return new WordClause { Term = term, Expansion = found };
        var isFunction = QueryWords.IsFunctionWord(text);
        if (!isFunction && spellings.Of(text, term, reader) is { } spelt)
            return new WordClause
            {
                Term = term, Marks = [.. spelt.Stems],
                Used = new ExpansionUsed(text, spelt.Forms.Select(f => (f, SpellingVariants.Variant.Form(f))).ToList(), Fields([[term]], marks: null)),
                Built = new BuiltClause(spelt.Query(), text, false), PlainWords = spelt.Stems is [var spelledStem] ? [spelledStem] : [],
            };
        string[] own = [term];
        if (!isFunction && wordForms.Related(text, term, reader) is { Count: > 0 } related)
        {
            List<string[]> alternatives = [own, .. related.Select(r => new[] { r.Term })];
            return new WordClause
            {
                Term = term, Marks = [.. alternatives.SelectMany(a => a).Where(t => t.Length > 0)],
                Used = new ExpansionUsed(text, related.Select(r => (r.Text, Fields([[r.Term]], marks: null))).ToList(), Fields([own], marks: null)),
                Built = new BuiltClause(Fields(alternatives, marks: null), text, false, ByRelatives: true),
            };
        }
        List<string[]> terms = [own];
        if (!isFunction && wordForms.OverStemmed(text, terms, reader) is { } asWritten)
            return new WordClause { Term = term, Marks = [term], Built = new BuiltClause(asWritten, text, false) };
        if (isFunction) return new WordClause { Term = term, Built = new BuiltClause(Fields(terms, marks: null), text, true) };
        // The texts also write it hyphenated: a phrase to mark, which only the general path keeps (no clause kept here).
        if (hyphenated.Of(term).Count > 0) return new WordClause { Term = term };
        return new WordClause
        {
            Term = term, Marks = [term], Built = new BuiltClause(Fields(terms, marks: null), text, false), PlainWords = [term], OwnWords = 1,
            ExactForms = WordAnalysis.WrittenForms(text).Select(form => (Query)new KnownTermQuery(new Term(SearchFields.Spell, form)) { Boost = ExactFormBoost, Kept = true }).ToArray(),
        };
    }

    /// <summary>The term sequence a word or phrase stands for.</summary>
    private static List<string[]> ClauseTerms(QueryClause clause) => [clause.Terms];

    /// <summary>The stem of a hyphenated word written closed ("non-traditional": "nontradit") where the texts' text or headings hold it; else null.</summary>
    private string? ClosedStem(string typed, IndexReader reader) =>
        closedForms.Get(typed, reader, static (text, r) => ClosedForm(text) is { } closed
            && (r.DocFreq(new Term(SearchFields.Text, closed)) > 0 || r.DocFreq(new Term(SearchFields.Title, closed)) > 0) ? closed : null);

    /// <summary>A term no unit holds: a clause that matches nothing.</summary>
    private static Query NoMatch => new KnownTermQuery(new Term(SearchFields.Text, "\u0000none"));

    /// <summary>What each wildcard's letters stand for and the query that searches them, kept by the letters (bounded).</summary>
    private readonly BoundedCache<string, (PrefixTerms Terms, Query? Query)> prefixes = new(WordAnalysis.MaxCachedWords, StringComparer.Ordinal);

    /// <summary>The words a trailing wildcard's letters begin (<see cref="PrefixTerms"/>) and their query, null where none.</summary>
    internal (PrefixTerms Terms, Query? Query) Prefix(string letters, IndexReader reader) =>
        prefixes.Get(letters.ToLowerInvariant(), (reader, self: this), static (key, state) =>
        {
            var terms = PrefixTerms.Of(state.reader, key);
            return (terms, state.self.PrefixQuery(terms));
        });

    /// <summary>
    /// Any of the stems, each as a typed word's; a stem shorter than the letters ("cooper" for "cooperat*") only in a
    /// unit that writes one of the words it stands for here (the unscored spell field: the stem's score is the word's).
    /// </summary>
    private Query? PrefixQuery(PrefixTerms terms)
    {
        if (terms.Stems.Count == 0 && terms.Narrowed.Count == 0) return null;
        var whole = terms.Stems.Count > 0 ? Fields(terms.Stems.Select(s => new[] { s }).ToList(), marks: null) : null;
        if (terms.Narrowed.Count == 0) return whole;
        var any = new BooleanQuery(disableCoord: true);
        if (whole is not null) any.Add(whole, Occur.SHOULD);
        foreach (var (stem, written) in terms.Narrowed)
        {
            var writes = new BooleanQuery(disableCoord: true);
            foreach (var word in written) writes.Add(new KnownTermQuery(new Term(SearchFields.Spell, word)) { Boost = 0f }, Occur.SHOULD);
            any.Add(new BooleanQuery(disableCoord: true) { { Fields([[stem]], marks: null), Occur.MUST }, { writes, Occur.MUST } }, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>The longest run of typed words, from <paramref name="start"/>, that has an expansion.</summary>
    private (List<string[]> Alternatives, IReadOnlyList<(string Text, bool Disclosed)> Shown, bool Abbreviation, IReadOnlyList<string> Capitals, int Length)? MatchExpansion(IReadOnlyList<QueryClause> clauses, int start)
    {
        var end = start;
        while (end < clauses.Count && end - start < expansions.MaxKeyLength && clauses[end] is { Kind: QueryClauseKind.Word, Occur: ClauseOccur.Must }) end++;
        for (var length = end - start; length >= 1; length--)
        {
            // Several terms whose first starts no key of several terms: Find would only join them to miss.
            if (length >= 2 && FirstOfSeveral(clauses, start, length) is { } first && !expansions.MayStartKey(first)) continue;
            var run = clauses.Skip(start).Take(length).ToList();
            var terms = run.SelectMany(c => c.PlainTerms).ToArray();
            var text = string.Join(' ', run.Select(c => c.Text));
            var capitals = length == 1 && CapitalsAnalyzer.IsCapitals(text);
            if (expansions.Find(terms, text, capitals) is { } found) return (found.Alternatives, found.Shown, found.Abbreviation, found.Capitals, length);
        }
        return null;
    }

    /// <summary>The first analysed term of a run of clauses when the run has two terms or more (stop words' gaps left out); else null.</summary>
    private static string? FirstOfSeveral(IReadOnlyList<QueryClause> clauses, int start, int length)
    {
        string? first = null;
        for (var i = start; i < start + length; i++)
            foreach (var term in clauses[i].Terms)
            {
                if (term.Length == 0) continue;
                if (first is not null) return first;
                first = term;
            }
        return null;
    }

    /// <summary>Any of the alternatives, each in the text, (weighted) the headings, or (weighted less) the record: kept per index.</summary>
    private Query Fields(IReadOnlyList<string[]> alternatives, HashSet<string>? marks) => clauseQueries.Fields(alternatives, marks);

    /// <summary>Every one of the terms, each anywhere in the unit's fields (each term's own kept query).</summary>
    private Query EachWord(IEnumerable<string> terms)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var term in terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
            all.Add(Fields([[term]], marks: null), Occur.MUST);
        return all;
    }

    private static Query Phrase(string field, IReadOnlyList<string> terms, int slop, float boost) => ClauseQueries.Phrase(field, terms, slop, boost);
}
