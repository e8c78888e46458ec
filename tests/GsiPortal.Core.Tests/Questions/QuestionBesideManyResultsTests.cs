using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;
using GsiPortal.Core.Tests.Search;

namespace GsiPortal.Core.Tests.Questions;

/// <summary>
/// Where the words find three or more passages only by leaving some of them out, an editors' question near the query
/// may still put its passage first (the twentieth turn); the passages' own marks, which beside that many keyword results
/// chose a wrong passage as often as a right one, do not speak there; and a query whose words all hold somewhere is
/// never asked of the model. Real content, real model (loaded once per test process).
/// </summary>
public class QuestionBesideManyResultsTests
{
    [Fact]
    public void AQuestionTheWordsAnswerOnlyInPartIsAnsweredFirstByTheEditorsQuestion()
    {
        // Seven passages hold "concept paper", none "long"; Chen Xiangyang ¶5 counts the paper's words.
        const string query = "how long is the concept paper";
        var keywords = RealMeaning.Keywords(query);
        Assert.True(keywords.Total >= MeaningRule.KeywordsTooFew);
        Assert.True(keywords.Relaxed is { AfterStrict: false });
        Assert.NotEqual("chen-xiangyang/p5", ResultGroups.Shown(keywords)[0].Id);

        var answer = RealMeaning.WithMeaning(query);
        Assert.True(answer.ByMeaningFirst);
        var hit = Assert.Single(answer.ByMeaning);
        Assert.Equal("chen-xiangyang/p5", hit.Id);
        var unit = RealMeaning.Index.Units.Single(u => u.Id == hit.Id);
        Assert.Contains(Assert.IsType<string>(hit.Note.AnswersQuestion), unit.Questions);
        // The keyword results are all still there, after it.
        Assert.Equal(keywords.Total, answer.Total);
    }

    [Fact]
    public void BesideManyResultsThePassagesOwnMarksDoNotSpeak()
    {
        // The words find priority 7 and two more by relaxation; the passages alone would have put another first.
        const string query = "what does China propose for the Middle East";
        var keywords = RealMeaning.Keywords(query);
        Assert.True(MeaningRule.QuestionsAlone(keywords));
        // The index first: preparing it loads the model.
        var index = RealMeaning.Index;
        var byPassages = MeaningRule.Choose(index.Nearest(MeaningModel.Shared.Query(query)!), keywords.Total);
        Assert.NotEmpty(byPassages);
        Assert.NotEqual("paper/priority-7", index.Units[byPassages[0].Unit].Id);

        var answer = RealMeaning.WithMeaning(query);
        Assert.Empty(answer.ByMeaning);
        Assert.Equal("paper/priority-7", ResultGroups.Shown(answer)[0].Id);
    }

    [Theory]
    [InlineData("indivisible security")] // every word in one passage: the words stay first and the model is not asked
    [InlineData("Cold War mentality")]
    public void AQueryWhoseWordsAllHoldIsNeverAskedOfTheModel(string query)
    {
        var keywords = RealMeaning.Keywords(query);
        Assert.True(keywords.Total >= MeaningRule.KeywordsTooFew);
        Assert.False(MeaningRule.QuestionsAlone(keywords));
        var meaning = new MeaningSearch(MeaningModel.Shared);
        Assert.Equal(MeaningStatus.NotNeeded, meaning.Known(RealContent.Library, new SearchRequest(query), keywords).ByMeaningStatus);
    }
}
