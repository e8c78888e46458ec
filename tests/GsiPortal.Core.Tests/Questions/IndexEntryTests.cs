using GsiPortal.Core.Subjects;
using GsiPortal.Core.Tests.Search;

namespace GsiPortal.Core.Tests.Questions;

/// <summary>
/// A result found through one of the editors' readers' questions is shown under the subject index's entry nearest the
/// query, never under the question, which is written as readers type ("sea disputes how to handle china" read like
/// leaked test data: review 21, T1).
/// </summary>
public class IndexEntryTests
{
    private static readonly string[] PriorityEleven = ["maritime security", "maritime disputes", "piracy", "sea lanes", "shipping safety", "oceans"];

    [Fact]
    public void TheTermSharingMostWordsWithTheQueryIsChosen() =>
        Assert.Equal("maritime disputes", IndexEntry.Nearest(PriorityEleven, "south china sea disputes", "sea disputes how to handle china"));

    [Fact]
    public void TheQuestionBreaksATieAmongTheQuerysTermsThenTheFewestOtherWords()
    {
        Assert.Equal("sea lanes", IndexEntry.Nearest(PriorityEleven, "sea", "keeping sea lanes open"));
        Assert.Equal("sanctions", IndexEntry.Nearest(["unilateral sanctions", "sanctions", "mediation"], "why china against sanctions", "does China oppose sanctions"));
    }

    [Fact]
    public void NoTermSharingAWordIsNoEntry()
    {
        Assert.Null(IndexEntry.Nearest(PriorityEleven, "help for countries recovering after a war", "rebuilding after a war"));
        Assert.Null(IndexEntry.Nearest([], "sea", "sea"));
    }

    [Theory]
    // The questions as the editors wrote them: "sea disputes how to handle china", "does China oppose sanctions",
    // "how long is the concept paper", "vaccines and pandemics", "helping countries rebuild after war".
    [InlineData("south china sea disputes", "paper/priority-11", "maritime disputes")]
    [InlineData("why china against sanctions", "paper/commitment-5", "sanctions")]
    [InlineData("how long is the concept paper", "chen-xiangyang/p5", "concept paper structure")]
    [InlineData("vaccines and pandemics", "paper/priority-17", "pandemic")]
    // Priority 1's terms ("post-conflict reconstruction", "peacebuilding") share no word with either: no entry.
    [InlineData("help for countries recovering after a war", "paper/priority-1", null)]
    public void AResultFoundThroughAQuestionIsShownUnderItsUnitsNearestTerm(string query, string unit, string? term)
    {
        var byMeaning = RealMeaning.WithMeaning(query).ByMeaning;
        var hit = Assert.Single(byMeaning, h => h.Note.AnswersQuestion is not null);
        Assert.Equal(unit, hit.Id);
        Assert.Equal(term, hit.Note.AnswersUnder);
        if (term is not null) Assert.Contains(term, RealMeaning.Index.Units.Single(u => u.Id == unit).Subjects);
        // Only a result found through a question is shown under an entry this way.
        Assert.All(byMeaning.Where(h => h != hit), h => Assert.Null(h.Note.AnswersUnder));
    }
}
