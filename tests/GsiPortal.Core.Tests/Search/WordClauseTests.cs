using GsiPortal.Core.Search;
using Lucene.Net.Index;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// A typed word's kept plan (<see cref="WordClause"/>) must build the very query the general path builds: the same
/// clauses, boosts, marks in the same order, named expansions, spellings and relatives — asked first (the plans
/// made) and again (the plans read), against a builder that keeps none. The words cover every branch a word can
/// take: plain, function word, expansion of its own, start of a longer expansion, other spelling, WordNet relatives,
/// over-stemmed, abbreviation in capitals and not, a word twice, and words beside phrases, prefixes and exclusions
/// (which take the general path whole).
/// </summary>
public class WordClauseTests
{
    private static readonly DirectoryReader Reader = ResidentReader.Over(DirectoryReader.Open(IndexBuilder.Build(SearchUnits.From(RealContent.Library))));

    public static TheoryData<string> Queries =>
    [
        "security peace dialogue", "nuclear sanctions sovereignty", "terrorism cooperation development", "indivisible climate africa",
        "ukraine charter governance", "dispute mechanism platform", "biosecurity maritime space", "energy food cyber", "data multilateralism hegemonism",
        "confrontation community mankind", "consultation stability regional", "global initiative principle", "common sustainable comprehensive traditional",
        "how does china stop using food as a weapon", "weaponise food", "neighbours", "globalisation", "globalization trade", "banning landmines",
        "arctic shipping", "UN role", "un role", "US sanctions", "us", "African Union peacekeeping", "outer space militarization", "mine clearing",
        "security security", "Security peace", "\"global security\" initiative", "secur* africa", "peace -africa", "hegemonism OR confrontation",
        "how many countries support the GSI", "Our Common Agenda", "tibet", "cold war mentality", "africa african",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_kept_word_builds_the_query_the_general_path_builds(string typed)
    {
        var expansions = RealContent.Index.Expansions;
        var general = new QueryBuilder(expansions) { KeepsWords = false };
        var keeping = new QueryBuilder(expansions);
        var query = ReaderQuery.Parse(ReaderQuery.Clean(typed));
        var expected = Describe(general.Build(query, Reader));
        Assert.Equal(expected, Describe(keeping.Build(query, Reader)));
        Assert.Equal(expected, Describe(keeping.Build(query, Reader)));
        // And built again by a builder whose plans were made by other queries holding the same words.
        var warmed = new QueryBuilder(expansions);
        foreach (var other in Queries) warmed.Build(ReaderQuery.Parse(ReaderQuery.Clean(other)), Reader);
        Assert.Equal(expected, Describe(warmed.Build(query, Reader)));
    }

    /// <summary>Everything a built query hands the search and the page, as text, in order.</summary>
    private static string Describe(BuiltQuery built) => string.Join("\n",
    [
        built.Query.ToString(),
        "marks " + string.Join(" ", built.MarkTerms),
        "phrases " + string.Join(" | ", built.MarkPhrases.Select(p => string.Join(" ", p))),
        "capitals " + string.Join(" ", built.MarkCapitals),
        "together " + built.Together + " within " + built.TogetherWithinStrict,
        .. built.Clauses.Select(c => $"clause {c.Text} function {c.IsFunctionWord} typed {c.Typed} relatives {c.ByRelatives}: {c.Query}"),
        .. built.Expansions.Select(e => $"expansion {e.Typed}: {string.Join(", ", e.Forms.Select(f => f.Text + " " + f.Query))} own {e.Own}"),
    ]);
}
