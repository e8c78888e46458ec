using Lucene.Net.Index;
using Lucene.Net.Search;
using System.Runtime.CompilerServices;
using Lucene.Net.Util;

namespace GsiPortal.Core.Search;

/// <summary>
/// A relaxed query, the units its floor lets through (null: any), what it relaxed, and the most units it can find
/// (read from its clauses' kept matches): a relaxation that cannot find enough is passed over without searching.
/// </summary>
internal sealed record RelaxedQuery(Query Query, FixedBitSet? Allowed, Relaxation How, int MostMatches);

/// <summary>
/// How a query that found nothing or too little is widened, step by step: the words it may do without, and the units
/// a "most of its words" query may return. Reads each clause's matches from the index's <see cref="ClauseMatches"/>.
/// </summary>
internal sealed partial class QueryRelaxations(ClauseMatches clauseMatches, IndexReader reader, QueryExpansions expansions)
{
    /// <summary>A result found by relaxing must hold at least this share of the query's weight (the rarity of its words).</summary>
    internal const double RelaxedWeightFloor = 0.6;

    /// <summary>A word found in at least this share of units says little about which one is meant ("China", "security").</summary>
    internal const double CommonShare = 0.25;

    /// <summary>
    /// The relaxations of a query that found nothing or too little, in order, each built only when the one before
    /// did not do. First its question and function words ("how", "does") and its words found in most units
    /// ("China") are no longer required, though they still rank; then most rather than all of the meaningful words
    /// are required. There a unit qualifies only when it holds at least half of the words (and two when there are
    /// three or more) and at least <see cref="RelaxedWeightFloor"/> of their weight, each word weighing its rarity
    /// in the index (a word found nowhere weighs most): a query with no real answer finds nothing rather than units
    /// holding only its commonest word. Every relaxation finds all a strict query finds, and more.
    /// </summary>
    /// <param name="built">The query as built.</param>
    /// <param name="typed">The query as typed (for the words it turns away from).</param>
    /// <param name="nearestBelowFloor">When given, set to the unit (its document number) that came nearest to passing
    /// step 2's floor where none passed it, if it holds at least <see cref="AgreementShare"/> of the weight; left at -1
    /// otherwise.</param>
    /// <param name="strictFoundNothing">Whether no unit holds every word: only then does a phrase of a general word
    /// count as the subject (<see cref="PhrasesOfGeneralWords"/>).</param>
    /// <remarks>
    /// Lists made by loops, in the order LINQ's Where, Select and Concat made them: about four of five distinct searches
    /// come here, and the iterators, closures and delegates were a kilobyte of each (docs/performance.md).
    /// </remarks>
    public IEnumerable<RelaxedQuery> Of(BuiltQuery built, string typed = "", StrongBox<int>? nearestBelowFloor = null, bool strictFoundNothing = false)
    {
        var clauses = built.Clauses;
        var meaningful = new List<BuiltClause>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
            // The editors' subject terms find a unit only where every word is found: relaxed, "Taiwan Strait military
            // drills" (no answer) found Dong Chunling ¶15, indexed under "Taiwan Strait" (docs/search.md, the sixteenth turn).
            if (!clauses[i].IsFunctionWord) meaningful.Add(Unindexed(clauses[i]));
        if (meaningful.Count == 0) yield break;
        var words = TextsOf(meaningful);
        var commonDocs = CommonShare * reader.NumDocs;
        var common = new List<BuiltClause>(meaningful.Count);
        foreach (var clause in meaningful)
            if (clauseMatches.Of(clause.Query).Cardinality >= commonDocs) common.Add(clause);
        // What the reader turns away from ("talking instead of fighting", "… rather than sanctions") is not what was
        // asked: like a common word it still ranks, but is not required, and is no word of the subject that would let
        // the reader's own general words go ("fighting" alone was required, and the results were about fighting).
        var turnedFrom = TurnedFrom(typed);
        if (turnedFrom.Count > 0)
            foreach (var clause in Except(meaningful, common))
                if (turnedFrom.Contains(clause.Text)) common.Add(clause);
        var uncommon = Except(meaningful, common);
        // "peace talks Russia": "talks" is a word of general English, but "peace talks", side by side in four units, names
        // a subject; such a phrase the texts write makes its general word one of the subject (PhrasesOfGeneralWords).
        // Only where no unit holds every word: where one does ("food security issues": priority 18 word for word), the
        // relaxation widens around it, and the phrase "security issues" would keep out the units on food security.
        // Nor beside a word found nowhere, which is what was asked ("bloc confrontation NATO": no text names NATO, and the
        // page offers "bloc confrontation" on its own instead).
        var phrases = strictFoundNothing && AllFound(meaningful) ? PhrasesOfGeneralWords(clauses) : [];
        // Words of general English ("play", "role" is not one) go with them when words of the subject remain: "what
        // role should the UN play in global security" asks for the UN's role, and priority 1 never says "play".
        var general = new List<BuiltClause>(uncommon.Count);
        foreach (var clause in uncommon)
            if (General(clause) && !InPhrase(phrases, clause)) general.Add(clause);
        if (general.Count == uncommon.Count) general = [];
        // Nor when every word of the subject left is one the texts never write, found only by its WordNet relatives:
        // the general words are then all that ties the relatives to the question ("domestic violence": "violence" is in
        // no passage, and "force" alone is not what was asked).
        var subject = Except(uncommon, general);
        var relativesOnly = subject.Count > 0;
        foreach (var clause in subject) relativesOnly &= clause.ByRelatives;
        if (relativesOnly) general = [];
        var required = Except(uncommon, general);
        var optional = new List<BuiltClause>(common.Count + general.Count);
        optional.AddRange(common);
        optional.AddRange(general);
        var notRequired = FunctionWords(clauses, optional.Count);
        foreach (var clause in optional) notRequired.Add(clause.Text);
        if (notRequired.Count > 0 && required.Count > 0)
            yield return new RelaxedQuery(built.Required(required, optional: optional), null, new Relaxation(notRequired, TextsOf(required), required.Count), clauseMatches.MostMatches(required));
        if (meaningful.Count < 2) yield break;

        // And the phrase weighs its own rarity in the units holding it, besides its words': "peace talks" says more than
        // "peace" (54 units) and "talks" apart.
        var BaseLight = LightWords(meaningful, common, relativesOnly);
        Func<BuiltClause, bool> Light = phrases.Count == 0 ? BaseLight : c => BaseLight(c) && !InPhrase(phrases, c);
        var distinctive = 0;
        foreach (var clause in meaningful)
            if (!Holds(common, clause) && !Light(clause)) distinctive++;
        var counted = distinctive > 0 ? distinctive : meaningful.Count;
        var minimum = counted >= 3 ? Math.Max(2, (counted + 1) / 2) : 1;
        if (QualifyingUnits(meaningful, minimum, Light, nearestBelowFloor, phrases) is { } allowed)
            yield return new RelaxedQuery(built.MostOf(meaningful, minimum, Light), allowed, new Relaxation(FunctionWords(clauses, 0), words, minimum), allowed.Cardinality);
        // "why china against sanctions": one everyday word the texts write rarely, held by no unit beside the rest.
        else if (strictFoundNothing && WithoutOneEverydayWord(built, typed, meaningful, required, optional, notRequired) is { } loosened)
            yield return loosened;
    }

    /// <summary>
    /// A word found in at least this share of the units may be left unrequired by the strict query, beside rarer words
    /// (<see cref="Dispensable"/>): as <see cref="CommonShare"/> counts "China" and "security" common.
    /// </summary>
    internal const double DispensableShare = CommonShare;

    /// <summary>
    /// How many rarer words of the subject (as typed), each found, must stay required before a common word may go: with
    /// one, the common word is half of what was asked ("indivisible security", "human rights", "food security" keep
    /// both; letting "security" go put Lei Kezhong ¶4 above Chen Xiangyang ¶9 in the relevance table).
    /// </summary>
    internal const int RarerKept = 2;

    /// <summary>
    /// The words the strict query need not require: each a plain word found in <see cref="DispensableShare"/> or more of
    /// the units, typed without a capital (a name typed as one, "China", is what was asked), where the query's other
    /// meaningful words — at least <see cref="RarerKept"/> not of general English, every one found somewhere — are
    /// rarer. A unit holding the rarer words then counts among the strict results whether or not it holds the common
    /// one, which still adds to its score:
    /// "counterterrorism cooperation" required "cooperation", which 53 units hold, and missed priority 12, the paper's
    /// counter-terrorism item, which never writes it. Two rarer words, not one: "China Russia cooperation" keeps
    /// "cooperation" (one word of the subject is too little to say what is asked). Empty for most queries.
    /// </summary>
    public IReadOnlyList<BuiltClause> Dispensable(BuiltQuery built)
    {
        if (!built.Relaxable || built.Clauses.Count < 2) return [];
        var commonDocs = DispensableShare * reader.NumDocs;
        List<BuiltClause>? common = null;
        var rarer = 0;
        foreach (var clause in built.Clauses)
        {
            if (clause.IsFunctionWord) continue;
            var df = clauseMatches.Of(clause.Query).Cardinality;
            if (df == 0) return [];
            // Counted as typed: "counter terrorism" is one clause (it also searches "counterterrorism") of two words.
            // A word of general English ("issues") is no word of the subject that could stand for what was asked: "food
            // security issues" keeps "security" required.
            if (df < commonDocs) { if (!General(clause)) rarer += clause.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length; continue; }
            // A common name stays required, and counts as no rarer word.
            if (clause.Typed is null && !clause.ByRelatives && !clause.Text.Any(char.IsUpper)) (common ??= []).Add(clause);
        }
        return common is null || rarer < RarerKept ? [] : common;
    }

    /// <summary>
    /// The words an item the editors file under the query's subject need not hold (review 24, D4): where the query
    /// names a subject term whole (<see cref="BuiltQuery.Filing"/>: "pandemic" in "pandemics as a security threat";
    /// "counter-terrorism" for "terrorism cooperation", as /subjects's "see also" reads it) and each of its other
    /// meaningful words is an everyday companion — found somewhere, typed without a capital, and common (in a quarter
    /// or more of the units: "security", "cooperation") or a word of everyday English ("threat") — each such word is met
    /// by the units indexed under the term as well as by its own. A unit so filed that lacks the word still stands among
    /// the strict results, scored by what it does hold. "terrorism cooperation" left out priority 12, the paper's
    /// counter-terrorism item, which never says "cooperation"; "pandemics as a security threat" priority 17 ("Global
    /// public health", indexed under "pandemic"), which says neither "security" nor "threat". Not where a word of
    /// another subject stands beside the term's ("pandemic africa"), nor a quoted phrase. Null for most queries.
    /// </summary>
    public Dictionary<BuiltClause, Query>? FiledUnderSubject(BuiltQuery built)
    {
        if (!built.Relaxable || built.Filing is not { Count: > 0 } filing || built.Clauses.Count < 2) return null;
        var commonDocs = CommonShare * reader.NumDocs;
        var everydayDocs = CompanionShare * reader.NumDocs;
        Dictionary<BuiltClause, List<string>>? keys = null;
        foreach (var (key, words) in filing)
        {
            List<BuiltClause>? companions = null;
            var named = false;
            var fits = true;
            foreach (var clause in built.Clauses)
            {
                if (clause.IsFunctionWord) continue;
                if (OfTerm(clause, words)) { named = true; continue; }
                var df = clause.Typed is null && !clause.ByRelatives && !clause.Text.Any(char.IsUpper) && !Expanded(built, clause) ? clauseMatches.Of(clause.Unindexed).Cardinality : 0;
                if (df == 0 || df < commonDocs && !(df >= everydayDocs && (expansions.IsEnglish(clause.Text) || General(clause)))) { fits = false; break; }
                (companions ??= []).Add(clause);
            }
            if (!fits || !named || companions is null) continue;
            foreach (var c in companions)
            {
                keys ??= new(ReferenceEqualityComparer.Instance);
                if (!keys.TryGetValue(c, out var list)) keys[c] = list = [];
                list.Add(key);
            }
        }
        if (keys is null) return null;
        var filed = new Dictionary<BuiltClause, Query>(ReferenceEqualityComparer.Instance);
        foreach (var (clause, termKeys) in keys)
        {
            var under = new BooleanQuery(disableCoord: true);
            foreach (var k in termKeys) under.Add(new KnownTermQuery(new Lucene.Net.Index.Term(SearchFields.SubjectTerms, k)) { Boost = 0f }, Occur.SHOULD);
            filed[clause] = under;
        }
        return filed;
    }

    /// <summary>
    /// A word of everyday English is a companion of the subject only where a tenth or more of the units hold it ("threat",
    /// 12 of 106; "different", 13): a rarer one says what is asked beside the term — "talks" (4) in "peace talks Russia",
    /// where units filed under "Russia" lacking it led instead of priority 5's "peace talks"; "guns" (1) in "controlling
    /// small guns in Africa", where priority 8, filed under "Africa", led instead of priority 4's small arms.
    /// </summary>
    internal const double CompanionShare = 0.1;

    /// <summary>Whether the clause's word was searched as an abbreviation or paraphrase ("gsi"): a name, not a companion, however common.</summary>
    private static bool Expanded(BuiltQuery built, BuiltClause clause)
    {
        foreach (var used in built.Expansions)
            if (string.Equals(used.Typed, clause.Text, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether a clause's words (or its closed form) include one of a subject term's words.</summary>
    private static bool OfTerm(BuiltClause clause, string[] termWords)
    {
        var closed = clause.Text.Contains('-') && WordAnalysis.PhraseTerms(clause.Text.Replace("-", "", StringComparison.Ordinal)) is [var c] ? c : null;
        if (closed is not null && Array.IndexOf(termWords, closed) >= 0) return true;
        foreach (var word in WordAnalysis.PhraseTermsRead(clause.Text))
            if (Array.IndexOf(termWords, word) >= 0) return true;
        return false;
    }

    /// <summary>
    /// The phrases the query makes, holding a word of general English, that the texts write: each two neighbouring plain
    /// words (no function word between), one of them general, that some unit's text holds side by side, with the units
    /// holding them so. Only with a general word: a phrase of two words of the subject adds nothing they do not say
    /// apart, and weighed besides them a name counted twice ("Xi Jinping's visit to Washington", which no text answers,
    /// passed the floor by "Xi Jinping"). Empty for most queries.
    /// </summary>
    private List<(BuiltClause First, BuiltClause Second, FixedBitSet Units)> PhrasesOfGeneralWords(IReadOnlyList<BuiltClause> clauses)
    {
        var phrases = new List<(BuiltClause, BuiltClause, FixedBitSet)>();
        for (var i = 0; i + 1 < clauses.Count; i++)
        {
            var (first, second) = (clauses[i], clauses[i + 1]);
            if (!General(first) && !General(second)) continue;
            if (first.IsFunctionWord || second.IsFunctionWord || first.Typed is not null || second.Typed is not null || first.Text.Contains(' ') || second.Text.Contains(' ')) continue;
            var terms = WordAnalysis.PhraseTerms(first.Text + " " + second.Text);
            if (terms.Length != 2 || terms.Any(t => t.Length == 0)) continue;
            var units = clauseMatches.Of(ClauseQueries.Phrase(SearchFields.Text, terms, 0, 1f));
            if (units.Cardinality > 0) phrases.Add((first, second, units));
        }
        return phrases;
    }

    private bool AllFound(List<BuiltClause> clauses)
    {
        foreach (var clause in clauses)
            if (clauseMatches.Of(clause.Query).Cardinality == 0) return false;
        return true;
    }

    private static bool InPhrase(List<(BuiltClause First, BuiltClause Second, FixedBitSet Units)> phrases, BuiltClause clause)
    {
        foreach (var p in phrases)
            if (ReferenceEquals(p.First, clause) || ReferenceEquals(p.Second, clause) || p.First.Text == clause.Text || p.Second.Text == clause.Text) return true;
        return false;
    }

    /// <summary>The clauses' words, in order.</summary>
    private static List<string> TextsOf(List<BuiltClause> clauses)
    {
        var texts = new List<string>(clauses.Count);
        foreach (var clause in clauses) texts.Add(clause.Text);
        return texts;
    }

    /// <summary>The function words' texts, in order, in a list with room for <paramref name="more"/>.</summary>
    private static List<string> FunctionWords(IReadOnlyList<BuiltClause> clauses, int more)
    {
        var texts = new List<string>(more + 2);
        for (var i = 0; i < clauses.Count; i++)
            if (clauses[i].IsFunctionWord) texts.Add(clauses[i].Text);
        return texts;
    }

    /// <summary>
    /// The words step 2 weighs lightly. Counted over the words that say what is asked: not the common ones ("China")
    /// nor those of general English ("stop", "using"), which the floor weighs lightly — "does China want to stop using
    /// food as a weapon" asks for food and weapons, and priority 18 holds no other of its words. A word of everyday
    /// English found nowhere ("money for African peacekeeping", "cooperation between police colleges"), beside a found
    /// word of the subject, is the reader's own word for something the texts say otherwise: it lowers a unit as a
    /// general word does rather than emptying the result. A rarer word found nowhere ("fusion", "elephants",
    /// "tourism") is what was asked, and still weighs most. Where the words of the subject are found only by
    /// relatives (<paramref name="relativesOnly"/>), the general words are not lightened either.
    /// </summary>
    private Func<BuiltClause, bool> LightWords(List<BuiltClause> meaningful, List<BuiltClause> common, bool relativesOnly)
    {
        var found = meaningful.Where(c => !Holds(common, c) && !General(c) && clauseMatches.Of(c.Query).Cardinality > 0).ToList();
        var absentLight = found.Count >= AbsentAmongFound;
        return c => (!relativesOnly && General(c)) || (absentLight && clauseMatches.Of(c.Query).Cardinality == 0 && expansions.IsEnglish(c.Text));
    }

    /// <summary>
    /// What the unit <paramref name="doc"/> holds of a query of two or more meaningful words, weighed as step 2's floor
    /// weighs them (<see cref="QualifyingUnits"/>); null for a query step 2 does not weigh. Asked by the meaning path
    /// only, of its nearest passage, where the words found nothing.
    /// </summary>
    internal HeldWords? Held(BuiltQuery built, string typed, int doc)
    {
        // As Of reads them: without the editors' subject terms, which the meaning path's rules were not chosen with.
        var meaningful = built.Clauses.Where(c => !c.IsFunctionWord).Select(Unindexed).ToList();
        if (meaningful.Count < 2) return null;
        // The same words, common, general and found only by relatives, as Of reads them.
        var common = meaningful.Where(c => clauseMatches.Of(c.Query).Cardinality >= CommonShare * reader.NumDocs).ToList();
        var turnedFrom = TurnedFrom(typed);
        common = [.. common, .. Except(meaningful, common).Where(c => turnedFrom.Contains(c.Text))];
        var uncommon = Except(meaningful, common);
        var general = uncommon.Where(General).ToList();
        if (general.Count == uncommon.Count) general = [];
        var subject = Except(uncommon, general);
        var light = LightWords(meaningful, common, subject.Count > 0 && subject.All(c => c.ByRelatives));
        var capGeneral = meaningful.Any(c => !light(c));
        var maxDoc = reader.MaxDoc;
        var commonDf = CommonShare * maxDoc;
        var commonWeight = Math.Log(1 + (maxDoc - commonDf + 0.5) / (commonDf + 0.5));
        var (total, held) = (0.0, 0.0);
        var lacking = new List<string>();
        var lacksName = false;
        foreach (var clause in meaningful)
        {
            var matches = clauseMatches.Of(clause.Query);
            var df = matches.Cardinality;
            var weight = Math.Log(1 + (maxDoc - df + 0.5) / (df + 0.5));
            var isLight = light(clause);
            if (capGeneral && isLight) weight = Math.Min(weight, commonWeight);
            total += weight;
            if (df > 0 && matches.Get(doc)) { held += weight; continue; }
            lacksName |= clause.Alone.Any(char.IsUpper);
            if (!isLight) lacking.Add(clause.Alone.Trim('"').ToLowerInvariant());
        }
        return new HeldWords(total > 0 ? held / total : 0, lacking, lacksName);
    }

    /// <summary>The clause without the editors' subject terms (itself where it has none).</summary>
    private static BuiltClause Unindexed(BuiltClause clause) => ReferenceEquals(clause.Unindexed, clause.Query) ? clause : clause with { Query = clause.Unindexed };

    /// <summary>
    /// As <see cref="Enumerable.Except{TSource}(IEnumerable{TSource}, IEnumerable{TSource})"/> — the clauses of
    /// <paramref name="from"/> in order, each once, none equal to one of <paramref name="without"/> — by looking through
    /// the few clauses a query has: Except hashed every clause record, and with it each clause's query tree, for a set
    /// of three (a relaxed query asked five; docs/performance.md, the eighth turn).
    /// </summary>
    internal static List<BuiltClause> Except(List<BuiltClause> from, List<BuiltClause> without)
    {
        var left = new List<BuiltClause>(from.Count);
        foreach (var clause in from)
            if (!Holds(without, clause) && !Holds(left, clause)) left.Add(clause);
        return left;
    }

    /// <summary>
    /// Whether <paramref name="clauses"/> hold one equal to <paramref name="clause"/>, as <see cref="List{T}.Contains"/>
    /// answers, the texts compared first: a clause record's equality compares its query tree before its text, and the
    /// relaxations tell apart clauses of different words several times per relaxed query (2 % of its time in the profile).
    /// </summary>
    private static bool Holds(List<BuiltClause> clauses, BuiltClause clause)
    {
        foreach (var c in clauses)
            if (ReferenceEquals(c, clause) || (c.Text == clause.Text && c.Equals(clause))) return true;
        return false;
    }

    /// <summary>
    /// The words a query turns away from: after "instead of" or "rather than", with the "instead" or "rather" itself
    /// (compared as typed, without case). Empty for most queries.
    /// </summary>
    internal static IReadOnlySet<string> TurnedFrom(string typed)
    {
        var contrast = ContrastMarker().Match(typed);
        if (!contrast.Success) contrast = NotMarker().Match(typed);
        if (!contrast.Success) return new HashSet<string>();
        var words = contrast.Groups["after"].Value.Split(NotWord, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        words.Add(contrast.Groups["marker"].Value);
        return words;
    }

    private static readonly char[] NotWord = [' ', ',', '.', ';', ':', '?', '!', '"', '(', ')'];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<marker>instead|rather)\s+(?:of|than)\b(?<after>.*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ContrastMarker();

    /// <summary>
    /// "talking not fighting", "dialogue, not sanctions": a "not" between two words, the query's last word after it,
    /// turns from that word as "instead of" does. Not after an auxiliary or a modal ("should not come at the expense",
    /// "does not solve"), where "not" negates a verb and turns from nothing; nor before more than one word, which is a
    /// sentence rather than a contrast.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:do|does|did|is|are|was|were|be|been|am|must|should|would|could|can|will|shall|may|might|has|have|had|need|why|or)\s+)(?<=\p{L}[\s,]+)\b(?<marker>not)\s+(?<after>\p{L}[\p{L}'’-]*)\s*[?.!]?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotMarker();

    /// <summary>
    /// A word of general English, or, found nowhere, a regular comparative of one ("poorer", which stemming does not
    /// join to "poor").
    /// </summary>
    private bool General(BuiltClause c) =>
        expansions.IsGeneral(c.Text) || clauseMatches.Of(c.Query).Cardinality == 0 && expansions.IsComparativeOfGeneral(c.Text);

    /// <summary>
    /// How many found words of the subject a query needs before a word of general English found nowhere is weighed
    /// lightly. Measured on the tuning sets: any word found nowhere, beside two found ones, answered "peacekeeping
    /// mandate elephants" with priority 1 and beside one "Mars colonization", "NATO expansion" and "space tourism";
    /// limited to words of the English lists ("money", "colleges", not "elephants" or "tourism"), one found word is
    /// enough, and gained as much.
    /// </summary>
    internal const int AbsentAmongFound = 1;

    /// <summary>
    /// Below the floor, the share of the query's weight the unit nearest to passing it must hold to be offered to the
    /// meaning path (<see cref="SearchResponse.NearestByWords"/>). Chosen on the tuning files' queries written before the
    /// eleventh turn (docs/search.md): where the model's nearest passage was also the words' nearest unit, the highest
    /// no-answer query's share was 0.447 ("can China help end the war in Sudan by talking"), the lowest right answer's
    /// above it 0.471 ("getting rid of landmines": priority 4 by "demining", while "rid" held 45 % of the weight).
    /// </summary>
    internal const double AgreementShare = 0.46;

    /// <summary>
    /// The units holding at least <paramref name="minimum"/> clauses and the weight floor; null when none does, and then
    /// the one holding most of the weight, if it reaches <see cref="AgreementShare"/>, in <paramref name="nearest"/>.
    /// </summary>
    private FixedBitSet? QualifyingUnits(IReadOnlyList<BuiltClause> clauses, int minimum, Func<BuiltClause, bool> light, StrongBox<int>? nearest,
        List<(BuiltClause First, BuiltClause Second, FixedBitSet Units)>? phrases = null)
    {
        var maxDoc = reader.MaxDoc;
        var counts = new byte[maxDoc];
        var weights = new float[maxDoc];
        var total = 0.0;
        // A word of general English ("hit", "small", "willing") names no subject: absent or rare here it would
        // otherwise weigh most and empty the result ("help for small island states hit by climate change"). It weighs
        // no more than a common word — unless every word is general ("election interference", "death penalty"),
        // when the absent ones are what the reader asked about.
        var general = clauses.Select(light).ToList();
        var capGeneral = general.Contains(false);
        var commonDf = CommonShare * maxDoc;
        var commonWeight = (float)Math.Log(1 + (maxDoc - commonDf + 0.5) / (commonDf + 0.5));
        for (var i = 0; i < clauses.Count; i++)
        {
            var matches = clauseMatches.Of(clauses[i].Query);
            var df = matches.Cardinality;
            // BM25's idf: a word in few units weighs much, one found nowhere weighs most.
            var weight = (float)Math.Log(1 + (maxDoc - df + 0.5) / (df + 0.5));
            if (capGeneral && general[i]) weight = Math.Min(weight, commonWeight);
            total += weight;
            for (var doc = df == 0 ? DocIdSetIterator.NO_MORE_DOCS : matches.NextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS && doc >= 0; doc = doc + 1 < maxDoc ? matches.NextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS)
            {
                counts[doc]++;
                weights[doc] += weight;
            }
        }
        // A phrase of the query the texts write weighs its own rarity besides its words', in the units holding it so.
        foreach (var (_, _, units) in phrases ?? [])
        {
            var df = units.Cardinality;
            var weight = (float)Math.Log(1 + (maxDoc - df + 0.5) / (df + 0.5));
            total += weight;
            for (var doc = units.NextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS && doc >= 0; doc = doc + 1 < maxDoc ? units.NextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS)
                weights[doc] += weight;
        }
        var allowed = new FixedBitSet(maxDoc);
        var any = false;
        for (var doc = 0; doc < maxDoc; doc++)
            if (counts[doc] >= minimum && weights[doc] >= RelaxedWeightFloor * total) { allowed.Set(doc); any = true; }
        if (any) return allowed;
        // None passed: alone the nearest is too little to show (a no-answer query's commonest word holds as much), but
        // where the meaning model's nearest passage is the same unit, two independent signals agree (MeaningRule).
        if (nearest is not null)
        {
            var (best, bestWeight) = (-1, 0f);
            for (var doc = 0; doc < maxDoc; doc++)
                if (counts[doc] >= minimum && weights[doc] > bestWeight) (best, bestWeight) = (doc, weights[doc]);
            if (best >= 0 && bestWeight >= AgreementShare * total) nearest.Value = best;
        }
        return null;
    }
}
