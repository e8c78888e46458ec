using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>
/// Words that hold a commentary's author's name, whole or in part, name that commentary (review 23, D13: "khokar" and
/// "what does dong chunling say" gave paragraphs, never the commentary); words holding two authors' names, or none, name none.
/// </summary>
public class AuthorNamedTests
{
    [Theory]
    [InlineData("what does dong chunling say", "dong-chunling", true)]
    [InlineData("Ovais Ali Khokhar on mediation", "ovais-ali-khokhar", true)]
    [InlineData("khokhar", "ovais-ali-khokhar", false)]
    [InlineData("what does Khokhar think?", "ovais-ali-khokhar", false)]
    [InlineData("Dong", "dong-chunling", false)]
    public void AnAuthorsNameNamesTheCommentary(string words, string id, bool whole)
    {
        var named = AuthorNamed.In(RealContent.Library, words) ?? throw new Xunit.Sdk.XunitException("names none");
        Assert.Equal(id, named.Commentary.Id);
        Assert.Equal(whole, named.Whole);
    }

    [Theory]
    [InlineData("security")]
    [InlineData("khokhar and lei kezhong")]   // two authors: neither
    [InlineData("what does the pakistani author think")]
    [InlineData("")]
    public void WordsNamingNoOneAuthorNameNone(string words) => Assert.Null(AuthorNamed.In(RealContent.Library, words));
}
