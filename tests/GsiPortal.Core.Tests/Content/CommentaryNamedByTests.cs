namespace GsiPortal.Core.Tests.Content;

/// <summary>A reader who types a commentary's author or title is pointed to the commentary itself.</summary>
public class CommentaryNamedByTests
{
    [Theory]
    [InlineData("Dong Chunling", "dong-chunling")]
    [InlineData("dong   chunling", "dong-chunling")]
    [InlineData("Chen Xiangyang", "chen-xiangyang")]
    [InlineData("\"The Promise of the Global Security Initiative\"", "dong-chunling")]
    [InlineData("bridges peace deficit", "lei-kezhong")]
    [InlineData("A New Initiative for a Safer World", "ovais-ali-khokhar")]
    public void AnAuthorOrATitleNamesItsCommentary(string words, string id) =>
        Assert.Equal(id, RealContent.Library.CommentaryNamedBy(words)?.Id);

    [Theory]
    [InlineData("Dong")]                          // part of a name is not the name
    [InlineData("security")]
    [InlineData("The Global Security Initiative")] // in two titles: names neither
    [InlineData("")]
    public void WordsThatNameNoOneCommentaryNameNone(string words) => Assert.Null(RealContent.Library.CommentaryNamedBy(words));
}
