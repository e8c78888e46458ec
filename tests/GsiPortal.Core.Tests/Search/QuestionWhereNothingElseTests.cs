using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The twenty-eighth turn: where the words found nothing and no passage speaks by meaning, the editors' question
/// nearest the query speaks at <see cref="MeaningRule.QuestionBesideNearest"/> when its unit is among the model's
/// <see cref="MeaningRule.QuestionAmongNearest"/> nearest passages. Before it, each of these showed nothing.
/// </summary>
public class QuestionWhereNothingElseTests
{
    [Theory]
    [InlineData("countries becoming more protectionist", "paper/background-p2")]
    [InlineData("the Ukraine war brought back fears of nuclear war", "dong-chunling/p10")]
    [InlineData("bloc confrontation NATO", "paper/commitment-3 chen-xiangyang/p8 dong-chunling/p14 chen-xiangyang/p16 lei-kezhong/p4")]
    [InlineData("hackers and online threats", "paper/priority-13 paper/platform-5 paper/commitment-6")]
    public void AReadersQueryTheWordsCannotAnswerIsAnsweredByTheEditorsQuestion(string query, string right)
    {
        Assert.Equal(0, RealMeaning.Keywords(query).Total);
        var first = RealMeaning.WithMeaning(query).ByMeaning[0];
        Assert.Contains(first.Id, right.Split(' '));
        Assert.NotNull(first.Note.AnswersQuestion);
    }

    [Theory]
    [InlineData("Iran nuclear deal")]                 // its question at 0.744, its unit the model's seventh passage
    [InlineData("how many nuclear warheads does China have")] // 0.708: below the mark
    public void ANoAnswerQueryStaysClean(string query) =>
        Assert.Empty(RealMeaning.WithMeaning(query).ByMeaning);

    [Theory]
    [InlineData(0.73f, 0, true)]
    [InlineData(0.73f, 4, true)]
    [InlineData(0.73f, 5, false)]  // the sixth passage: too far
    [InlineData(0.73f, -1, false)] // not among the passages at all
    [InlineData(0.71f, 0, false)]  // below the mark (where it is the nearest, QuestionAgrees speaks from 0.70)
    public void TheQuestionMustBeNearAndItsUnitAmongTheFewNearestPassages(float cosine, int rank, bool speaks) =>
        Assert.Equal(speaks, MeaningRule.QuestionSpeaksWhereNothingElse(cosine, rank));
}
