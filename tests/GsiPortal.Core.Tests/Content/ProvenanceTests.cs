using GsiPortal.Core.Citations;
using GsiPortal.Core.Content;

namespace GsiPortal.Core.Tests.Content;

/// <summary>
/// No commentary gave the reader its original address or capture date. The sources record neither for any commentary
/// (the sources' README: each capture's own furniture, a breadcrumb or a banner, and no address); the paper's footnote
/// records the ministry's address, and no capture records its date. What is recorded is shown; what is not is said.
/// </summary>
public class ProvenanceTests
{
    [Fact]
    public void NoCommentaryRecordsAnOriginalAddressOrACaptureDate()
    {
        foreach (var commentary in RealContent.Library.Commentaries)
            Assert.Equal(new Provenance(null, null), Provenance.Of(commentary));
    }

    [Fact]
    public void ThePaperRecordsTheMinistrysAddressButNoCaptureDate() =>
        Assert.Equal(new Provenance("https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html", null), Provenance.Of(RealContent.Library.Paper));

    [Fact]
    public void ACaptureDateTheFrontMatterRecordsIsRead()
    {
        var library = ContentAssert.Valid(("paper.md", ContentAssert.SmallPaper.Replace("language: en\n", "language: en\ncaptured: 2024-03-01\nsource_url: \"https://example.org/paper\"\n")));
        var provenance = Provenance.Of(library.Paper);
        Assert.Equal(new DateOnly(2024, 3, 1), provenance.Captured);
        Assert.Equal("1 March 2024", provenance.CapturedDisplay);
        Assert.Equal("Captured on 2024-03-01", provenance.Note);
    }

    [Fact]
    public void ACaptureDateThatIsNoDayIsRefusedWithItsLine() =>
        ContentAssert.Errors(ContentAssert.SmallPaper.Replace("language: en\n", "language: en\ncaptured: March 2024\n"), "paper.md:8: captured 'March 2024' is not a day, YYYY-MM-DD");

    [Theory]
    [InlineData("commentaries/lei-kezhong", "N1  - Original address and capture date not recorded in the captured source\n")]
    [InlineData("commentaries/chen-xiangyang", "N1  - Original address and capture date not recorded in the captured source\n")]
    [InlineData("paper", "N1  - Originally published at https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html\nN1  - Capture date not recorded in the captured source\n")]
    public void TheDataFormatsSayWhatTheSourceDoesNotRecord(string path, string notes)
    {
        var ris = CitationBuilder.Build(new GsiPortal.Core.Addresses.AddressBook(RealContent.Library).Resolve("/" + path)!, CitationFormat.Ris, "https://gsiportal.example", new DateOnly(2026, 12, 5), RealContent.Library.Stamp).Text;
        Assert.Contains(notes, ris);
    }
}
