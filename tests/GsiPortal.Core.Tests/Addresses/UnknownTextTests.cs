using GsiPortal.Core.Addresses;

namespace GsiPortal.Core.Tests.Addresses;

/// <summary>
/// An address naming a text by an id that is none (/commentaries/lei) is answered with the texts it was probably meant
/// for, at the same address: by a word of an id, an author's family name (or within a letter or two of one), or an id
/// it begins. Suggested only, never redirected to (a kept 308 would go on leading there once the words fit a second text).
/// </summary>
public class UnknownTextTests
{
    private static AddressBook Book => RealContent.Library.Addresses;

    [Theory]
    [InlineData("lei", "lei-kezhong")]
    [InlineData("Lei", "lei-kezhong")]
    [InlineData("kezhong", "lei-kezhong")]
    [InlineData("lei-k", "lei-kezhong")]
    [InlineData("khokhar", "ovais-ali-khokhar")]
    [InlineData("khokar", "ovais-ali-khokhar")]
    [InlineData("ovais", "ovais-ali-khokhar")]
    [InlineData("dong", "dong-chunling")]
    [InlineData("chen-xiangyan", "chen-xiangyang")]
    [InlineData("kezhong-lei", "lei-kezhong")]
    [InlineData("nobody", "")]
    [InlineData("x", "")]
    [InlineData("", "")]
    public void ACommentaryIsSuggestedByAWordOfItsIdItsAuthorsNameOrTheStartOfItsId(string written, string suggested) =>
        Assert.Equal(suggested, string.Join(' ', Book.DocumentsLike(written, commentariesOnly: true).Select(d => d.Id)));

    [Theory]
    [InlineData("/commentaries/lei", "/commentaries/lei-kezhong")]
    [InlineData("/cite/commentaries/lei", "/cite/commentaries/lei-kezhong")]
    [InlineData("/embed/commentaries/khokar/p4", "/embed/commentaries/ovais-ali-khokhar/p4")]
    [InlineData("/api/commentaries/dong", "/api/commentaries/dong-chunling")]
    [InlineData("/download/lei.txt", "/download/lei-kezhong.txt")]
    [InlineData("/download/pap.md", "/download/paper.md")]
    [InlineData("/commentaries/nobody", "")]
    public void AnAddressWithAnUnknownIdSuggestsTheSameAddressForTheTextsItWasMeantFor(string path, string suggested)
    {
        var unknown = Book.UnknownTextIn(path);
        Assert.NotNull(unknown);
        Assert.Equal(suggested, string.Join(' ', unknown!.Likely.Select(t => t.Address)));
        // Every text the address could name is there too, for a page with no likely one to list.
        Assert.Equal(path.StartsWith("/download", StringComparison.Ordinal) ? RealContent.Library.Documents.Count : RealContent.Library.Commentaries.Count, unknown.Every.Count);
    }

    [Theory]
    [InlineData("/commentaries/lei-kezhong")]
    [InlineData("/commentaries")]
    [InlineData("/paper/commitments/9")]
    [InlineData("/download/paper.txt")]
    [InlineData("/download/lei.pdf")]
    [InlineData("/search")]
    public void AnAddressNotNamingATextByAnIdThatIsNoneHasNoSuggestion(string path) => Assert.Null(Book.UnknownTextIn(path));
}
