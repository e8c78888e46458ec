namespace GsiPortal.Core.Search;

internal sealed partial class QueryRelaxations
{
    /// <summary>
    /// Prepositions that turn a question's meaning, kept out of the function words for that reason (<see cref="QueryWords"/>:
    /// "is peace possible without development" asks for the passage saying "without"), but words of everyday English all
    /// the same, which WordNet does not list.
    /// </summary>
    private static readonly HashSet<string> TurningPrepositions = new(StringComparer.OrdinalIgnoreCase) { "against" };

    /// <summary>
    /// After the relaxations of <see cref="Of"/> found nothing: the query without one everyday word the texts do write,
    /// rarely, which no unit holds beside the other words of the subject ("why china against sanctions": "against" is in
    /// 6 units, "sanctions" in 4, none holds both, and "against" weighed as the rarest word). The word is no longer
    /// required but still ranks, and the relaxation names it ("Showing results without requiring: against"). Only
    /// where three words or more are typed, exactly one such word lets the rest be found together, and every word of the
    /// query is found somewhere (a word found nowhere is the twenty-fifth turn's). Null otherwise. Measured on the tuning
    /// file (docs/search.md, the twenty-sixth turn): without the guards on two words typed and on WordNet relatives it
    /// answered "food sovereignty" with "sovereignty" and "domestic violence" with "force".
    /// </summary>
    private RelaxedQuery? WithoutOneEverydayWord(BuiltQuery built, string typed, List<BuiltClause> meaningful, List<BuiltClause> required, List<BuiltClause> optional, List<string> notRequired)
    {
        // A word added to a question, not one of two words typed alone: each of those is half of what was asked
        // ("food sovereignty", "sanctions space" are no question about sovereignty or sanctions alone).
        if (required.Count < 2 || typed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        foreach (var clause in meaningful)
            if (clauseMatches.Of(clause.Query).Cardinality == 0) return null;
        BuiltClause? everyday = null;
        List<BuiltClause>? rest = null;
        foreach (var clause in required)
        {
            if (!Everyday(clause)) continue;
            var others = Except(required, [clause]);
            // The rest says what was asked in the texts' own words: a word of the subject typed without a capital (more
            // than a name: "Xi" alone is no answer to "Xi speaking to the world's police chiefs"), and none found only
            // by its WordNet relatives ("domestic violence" without "domestic" is "force").
            var plain = false;
            var relatives = false;
            foreach (var other in others)
            {
                relatives |= other.ByRelatives;
                if (!General(other) && !other.Alone.Any(char.IsUpper)) plain = true;
            }
            if (!plain || relatives || clauseMatches.MostMatches(others) == 0) continue;
            // Two candidates: which one the reader meant loosely is not known.
            if (everyday is not null) return null;
            (everyday, rest) = (clause, others);
        }
        if (everyday is null || rest is null) return null;
        var loose = new List<BuiltClause>(optional.Count + 1);
        loose.AddRange(optional);
        loose.Add(everyday);
        var named = new List<string>(notRequired.Count + 1);
        named.AddRange(notRequired);
        named.Add(everyday.Text);
        return new RelaxedQuery(built.Required(rest, optional: loose), null, new Relaxation(named, TextsOf(rest), rest.Count), clauseMatches.MostMatches(rest));
    }

    /// <summary>A plain word typed without a capital, of either list of everyday English, or a preposition that turns the meaning.</summary>
    private bool Everyday(BuiltClause clause)
    {
        if (clause.Typed is not null || clause.ByRelatives || clause.Text.Contains(' ') || clause.Alone.Any(char.IsUpper)) return false;
        return TurningPrepositions.Contains(clause.Text) || expansions.IsEnglish(clause.Text);
    }
}
