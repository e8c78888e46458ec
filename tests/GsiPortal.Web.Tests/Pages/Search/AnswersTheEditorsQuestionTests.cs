using System.Text.Json;
using GsiPortal.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GsiPortal.Web.Tests.Pages.Search;

/// <summary>
/// A passage found through one of the editors' readers' questions (content/reader-questions.yml) says so under its
/// snippet, in the editors' style, on the page and in the API — the question as they wrote it, never among the text's
/// words or marked in them. One host with the meaning path on, waited for until its vectors are made.
/// </summary>
public sealed class AnswersTheEditorsQuestionTests(FoundByMeaningTests.MeaningSite on) : IClassFixture<FoundByMeaningTests.MeaningSite>
{
    /// <summary>No unit holds "recovering" beside "war"; priority 1 speaks of "post-conflict reconstruction".</summary>
    private const string Query = "help for countries recovering after a war";

    private async Task<HttpClient> ReadyClient()
    {
        var client = on.CreateClient();
        using var lease = await on.Services.GetRequiredService<ContentStore>().LeaseAsync(CancellationToken.None);
        await on.Services.GetRequiredService<PortalMeaning>().Prepare(lease!.Edition);
        return client;
    }

    [Fact]
    public async Task ThePageSaysWhichOfTheEditorsQuestionsTheResultAnswersInTheirStyle()
    {
        var (_, page) = await Html.Get(await ReadyClient(), "/search?meaning=show&q=" + Uri.EscapeDataString(Query));
        var result = page.QuerySelector("section.by-meaning li.result")!;
        Assert.StartsWith("/paper/priorities/1", result.QuerySelector("h2 a")!.GetAttribute("href"));
        var note = result.QuerySelector(".answers-question")!;
        Assert.Contains("editors", note.ClassList);
        var question = note.QuerySelector(".editors-question")!.TextContent.Trim('“', '”');
        Assert.Equal($"Answers the editors' question: “{question}”", Html.Folded(note.TextContent));
        // The question is the editors', not the passage's: not in the snippet, nothing of it marked.
        var snippet = result.QuerySelector(".snippet")!;
        Assert.DoesNotContain(question, snippet.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.All(snippet.QuerySelectorAll("mark"), m => Assert.DoesNotContain(m.TextContent.ToLowerInvariant(), question.Split(' ').Except(Query.Split(' '))));
    }

    [Fact]
    public async Task TheApiGivesTheQuestionEachResultAnswersOrNull()
    {
        var client = await ReadyClient();
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/search/meaning?q=" + Uri.EscapeDataString(Query))).RootElement;
        var found = json.GetProperty("foundByMeaning")[0];
        Assert.Equal("paper/priority-1", found.GetProperty("id").GetString());
        var question = found.GetProperty("answersQuestion").GetString()!;
        Assert.NotEmpty(question);
        Assert.DoesNotContain(question, found.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
        // A keyword result found by its words answers no question of the editors'.
        var words = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=peacekeeping")).RootElement.GetProperty("results");
        Assert.All(words.EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("answersQuestion").ValueKind));
    }
}
