using System.Text;
using System.Text.RegularExpressions;
using GsiPortal.Core.Content;

namespace GsiPortal.Web.Tests.Pages;

/// <summary>
/// Every sentence of the captured sources appears on the site, word for word. Compared on letters and digits
/// only, so that rejoined page breaks and separated glued words ("GSIis" → "GSI is") still count as the same
/// words, while a changed, dropped or added word does not.
/// </summary>
[Collection(RealSite.Name)]
public partial class SourceFidelityTests(PortalFactory factory)
{
    private static readonly string Sources = Repository.Path("tests/fixtures/sources");

    /// <summary>The capture's page furniture, which the editions leave out (sources README).</summary>
    private static readonly string[] Furniture =
    [
        "Crónicas Militares", "REDACÇÃO", "Language : English 简体 繁體", "You might also like", "Back to Top", "Home > Embassy Update",
        "Suggest To A Friend:", "中國傳媒大學", "COMMUNICATION UNIVERSITY OF CHINA", "Institute for a Community", "with Shared Future",
        "人類命運共同體研究院", "$\\underline{1} https://www.mfa.gov.cn/eng/wjbxw/202302/t20230221_11028348.html$",
        "The Global Security Initiative Concept Paper1",
    ];

    public static TheoryData<string, string> Editions => new()
    {
        { "concept-paper-2023-02-21.txt", "/paper" },
        { "commentary-chen-xiangyang.txt", "/commentaries/chen-xiangyang" },
        { "commentary-dong-chunling.txt", "/commentaries/dong-chunling" },
        { "commentary-lei-kezhong.txt", "/commentaries/lei-kezhong" },
        { "commentary-ovais-ali-khokhar.txt", "/commentaries/ovais-ali-khokhar" },
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public async Task EverySentenceOfTheSourcesAppearsOnTheSite(string source, string address)
    {
        var (_, page) = await Html.Get(factory.CreateClient(), address);
        var site = LettersAndDigits(page.Body!.TextContent);
        var missing = new List<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Sources, source)).Select(l => Markup().Replace(l, "").Trim()))
        {
            if (line.Length == 0 || Furniture.Contains(line)) continue;
            foreach (var sentence in SentenceSplitter.Split(line))
                if (!site.Contains(LettersAndDigits(sentence), StringComparison.Ordinal)) missing.Add(sentence);
        }
        Assert.True(missing.Count == 0, $"{missing.Count} sentence(s) of {source} are not on {address}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task AnEditedWordWouldBeCaught()
    {
        var (_, page) = await Html.Get(factory.CreateClient(), "/paper");
        Assert.DoesNotContain(LettersAndDigits("Humanity is a divisible security community."), LettersAndDigits(page.Body!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void TheCopiesAreTheSharedSourcesUnchanged()
    {
        var shared = Path.GetFullPath(Path.Combine(Repository.Path("content"), "..", "..", "shared", "sources"));
        if (!Directory.Exists(shared)) return; // a clone without the shared folder beside it has only the copies
        foreach (var file in Directory.GetFiles(shared, "*.txt"))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(Sources, Path.GetFileName(file))));
    }

    private static string LettersAndDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) if (char.IsLetterOrDigit(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>The few Markdown and HTML marks the Khokhar capture carries: headings, bold, italics, superscript.</summary>
    [GeneratedRegex(@"^#+\s*|\*\*|^\*|\*$|</?sup>")]
    private static partial Regex Markup();

}
