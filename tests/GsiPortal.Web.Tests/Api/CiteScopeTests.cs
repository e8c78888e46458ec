using System.Text.Json;
using System.Text.RegularExpressions;

namespace GsiPortal.Web.Tests.Api;

/// <summary>
/// The data formats for a whole part, the whole paper and a sentence range, each parsed back: BibTeX fields, RIS tags
/// (one per line, "TY" first and "ER" last, as the RIS specification lays them out) and CSL-JSON items.
/// </summary>
[Collection(RealSite.Name)]
public partial class CiteScopeTests(PortalFactory factory)
{
    [GeneratedRegex(@"^  (?<key>[a-z]+) = (?<value>.+?),?$", RegexOptions.Multiline)]
    private static partial Regex BibtexField();

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex RisLine();

    [Theory]
    [InlineData("/paper/commitments", "", "paper", "pt. II", "/paper/commitments")]
    [InlineData("/paper", "", "paper", null, "/paper")]
    [InlineData("/paper/commitments/4", "s2-s3", "paper", "pt. II, commitment 4, sentences 2–3", "/paper/commitments/4#s2-s3")]
    public async Task EachScopeCitesInEveryDataFormat(string page, string at, string key, string? place, string cited)
    {
        var client = factory.CreateClient();
        string Address(string format) => $"/cite{page}?format={format}" + (at.Length > 0 ? $"&at={at}" : "");
        // The URL is the work's address in the edition cited (the default since the tenth session; the work's, the
        // paper's, since review 20, one item for every place cited in it), and with url=current the current text's; the
        // pinpoint's note names the place cited and its address.
        using var editions = JsonDocument.Parse(await client.GetStringAsync("/api/editions"));
        var edition = $"http://localhost/editions/{editions.RootElement.GetProperty("current").GetString()}";
        var url = $"{edition}/paper";
        var pinpoint = place is null ? null : $"Pinpoint: {place}, {edition}{cited}";
        var current = JsonDocument.Parse(await client.GetStringAsync(Address("csl-json") + "&url=current")).RootElement.EnumerateArray().Single();
        Assert.Equal("http://localhost/paper", current.GetProperty("URL").GetString());

        var bibtex = await client.GetStringAsync(Address("bibtex"));
        Assert.StartsWith($"@techreport{{{key},\n", bibtex);
        var fields = BibtexField().Matches(bibtex).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value.Trim('{', '}'));
        Assert.Equal("The Global Security Initiative Concept Paper", fields["title"]);
        Assert.Equal(url, fields["url"]);
        Assert.Equal("2023-02-21", fields["date"]);
        if (place is null) Assert.DoesNotContain("pt. ", fields["note"]);
        else Assert.StartsWith(pinpoint, fields["note"]);

        var ris = (await client.GetStringAsync(Address("ris"))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("TY  - RPRT", ris[0]);
        Assert.Equal("ER  - ", ris[^1]);
        Assert.All(ris, line => Assert.Matches(RisLine(), line));
        var tags = ris.Select(l => RisLine().Match(l)).ToLookup(m => m.Groups["tag"].Value, m => m.Groups["value"].Value);
        Assert.Equal(url, tags["UR"].Single());
        // The pinpoint in a note Zotero keeps (it drops SE for a report), not in SE.
        Assert.Empty(tags["SE"]);
        Assert.Equal(pinpoint is null ? [] : [pinpoint], tags["N1"].Where(n => n.StartsWith("Pinpoint: ", StringComparison.Ordinal)));

        var csl = JsonDocument.Parse(await client.GetStringAsync(Address("csl-json"))).RootElement.EnumerateArray().Single();
        Assert.Equal(key, csl.GetProperty("id").GetString());
        Assert.Equal(url, csl.GetProperty("URL").GetString());
        Assert.False(csl.TryGetProperty("section", out _));
        Assert.Equal(pinpoint, csl.GetProperty("note").GetString()!.Split('\n').FirstOrDefault(n => n.StartsWith("Pinpoint: ", StringComparison.Ordinal)));
        if (at.Length > 0) Assert.Contains("Humanity is an indivisible security community.", csl.GetProperty("note").GetString());
    }
}
