using System.Text.RegularExpressions;
using GsiPortal.Core.Search;

namespace GsiPortal.Core.Tests.Search;

/// <summary>docs/search.md's relevance table: twenty researcher queries with their top three results, kept true.</summary>
public partial class RelevanceTableTests
{
    [GeneratedRegex(@"^\|\s*\d+\s*\|\s*`(?<query>[^`]+)`\s*\|(?<rest>.*)\|\s*$")]
    private static partial Regex Row();

    private static List<(string Query, string[] Top)> Table()
    {
        var doc = File.ReadAllText(Path.Combine(RealContent.FindUp("docs"), "search.md"));
        var start = doc.IndexOf("<!-- relevance:start -->", StringComparison.Ordinal);
        var end = doc.IndexOf("<!-- relevance:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/search.md lacks its relevance table markers");
        return doc[start..end].Split('\n').Select(l => Row().Match(l.Trim())).Where(m => m.Success)
            .Select(m => (m.Groups["query"].Value, m.Groups["rest"].Value.Split('|').Select(c => c.Trim().Trim('`')).Where(c => c.Length > 0 && c != "—").ToArray()))
            .ToList();
    }

    [Fact]
    public void TheTableHasTwentyQueries() => Assert.Equal(20, Table().Count);

    [Fact]
    public void EachQueryStillRanksTheSameTopThree()
    {
        var differences = new List<string>();
        foreach (var (query, top) in Table())
        {
            var actual = RealContent.Index.Search(new SearchRequest(query)).Hits.Take(3).Select(h => h.Id).ToArray();
            if (!actual.SequenceEqual(top))
                differences.Add($"| `{query}` | {string.Join(" | ", actual.Select(a => $"`{a}`"))} |");
        }
        Assert.True(differences.Count == 0, "Rows that changed (as they now are):\n" + string.Join("\n", differences));
    }
}
