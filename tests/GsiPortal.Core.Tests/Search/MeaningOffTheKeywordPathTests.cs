using GsiPortal.Core.Search;
using GsiPortal.Core.Search.Meaning;

namespace GsiPortal.Core.Tests.Search;

/// <summary>
/// The meaning path is off the keyword path: a keyword answer never runs the model, a query whose vector is known
/// gets its passages found by meaning at no model cost, and a separate request embeds, rationed, answering busy at
/// once when the turns and the waiting places are taken. The model's work is held at a gate (no timer is raced):
/// each test's embedder counts its calls and, where the test says, waits until the test opens it.
/// </summary>
public class MeaningOffTheKeywordPathTests
{
    /// <summary>Queries whose words find fewer than three results, so that meaning may add some (checked by each test).</summary>
    private static readonly string[] FewByTheirWords =
    [
        "is China willing to mediate conflicts", "militarization of outer space", "landmine clearance", "vaccines for poor countries",
        "fighting organized crime across borders", "how many training places will China offer", "stopping the spread of nuclear weapons to terrorists",
    ];

    private sealed class Gated
    {
        public readonly ManualResetEventSlim Gate = new(initialState: true);
        public readonly SemaphoreSlim Entered = new(0);
        public int Calls;

        public MeaningSearch Search(TimeSpan turnWait)
        {
            var search = new MeaningSearch(MeaningModel.Shared, query =>
            {
                Interlocked.Increment(ref Calls);
                Entered.Release();
                Gate.Wait();
                return MeaningModel.Shared.Query(query);
            }, turnWait);
            search.Prepare(RealContent.Library).GetAwaiter().GetResult();
            return search;
        }
    }

    private static (SearchRequest, SearchResponse) Keywords(string query)
    {
        var request = new SearchRequest(query);
        var response = RealContent.Index.Search(request);
        Assert.True(response.Total < MeaningRule.KeywordsTooFew, $"“{query}” finds {response.Total} by its words");
        return (request, response);
    }

    [Fact]
    public void TheKeywordAnswerNeverRunsTheModelButSaysMeaningMayAddResults()
    {
        var model = new Gated();
        var search = model.Search(Timeout.InfiniteTimeSpan);
        var (request, keywords) = Keywords(FewByTheirWords[0]);
        var answer = search.Known(RealContent.Library, request, keywords);
        Assert.Equal(MeaningStatus.Deferred, answer.ByMeaningStatus);
        Assert.Empty(answer.ByMeaning);
        Assert.Equal(0, model.Calls);
        // The keyword results are the keywords' own.
        Assert.Equal(keywords.Hits.Select(h => h.Id), answer.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task OnceTheQueryIsEmbeddedTheKeywordAnswerIncludesItsPassagesFoundByMeaningAtNoModelCost()
    {
        var model = new Gated();
        var search = model.Search(Timeout.InfiniteTimeSpan);
        // Priority 19 is on "transnational organized crime": found by meaning, not by these words.
        var (request, keywords) = Keywords("fighting organized crime across borders");
        var found = await search.FindAsync(RealContent.Library, request, keywords);
        Assert.Equal(MeaningStatus.Done, found.ByMeaningStatus);
        Assert.Equal("paper/priority-19", found.ByMeaning[0].Id);
        Assert.Equal(1, model.Calls);
        var known = search.Known(RealContent.Library, request, keywords);
        Assert.Equal(MeaningStatus.Done, known.ByMeaningStatus);
        Assert.Equal(found.ByMeaning.Select(h => h.Id), known.ByMeaning.Select(h => h.Id));
        Assert.Equal(found.ByMeaningFirst, known.ByMeaningFirst);
        Assert.Equal(1, model.Calls);
    }

    [Fact]
    public async Task WithEveryTurnAndWaitingPlaceTakenAMeaningRequestIsAnsweredBusyAtOnce()
    {
        var model = new Gated();
        var search = model.Search(Timeout.InfiniteTimeSpan);
        model.Gate.Reset();
        var asked = FewByTheirWords.Select(Keywords).ToList();
        Assert.True(asked.Count > MeaningSearch.Concurrent + MeaningSearch.MaxWaiting);
        // Two embed, held at the gate; on threads of their own, since an embedding runs on its caller's.
        var embedding = asked.Take(MeaningSearch.Concurrent).Select(a => Task.Run(() => search.FindAsync(RealContent.Library, a.Item1, a.Item2))).ToList();
        for (var i = 0; i < MeaningSearch.Concurrent; i++) await model.Entered.WaitAsync();
        // The next ones wait for a turn: admitted at once, their tasks not done.
        var waiting = asked.Skip(MeaningSearch.Concurrent).Take(MeaningSearch.MaxWaiting).Select(a => search.FindAsync(RealContent.Library, a.Item1, a.Item2)).ToList();
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        Assert.Equal(MeaningSearch.Concurrent + MeaningSearch.MaxWaiting, search.Admitted);
        // One more is answered now, busy, with the keyword results alone; the model was not asked.
        var (request, keywords) = asked[MeaningSearch.Concurrent + MeaningSearch.MaxWaiting];
        var refused = search.FindAsync(RealContent.Library, request, keywords);
        Assert.True(refused.IsCompletedSuccessfully);
        var busy = await refused;
        Assert.Equal(MeaningStatus.Busy, busy.ByMeaningStatus);
        Assert.Empty(busy.ByMeaning);
        Assert.Equal(keywords.Hits.Select(h => h.Id), busy.Hits.Select(h => h.Id));
        Assert.Equal(MeaningSearch.Concurrent, model.Calls);
        // Opened, every admitted request is searched, and the places are free again.
        model.Gate.Set();
        var answers = await Task.WhenAll(embedding.Concat(waiting));
        Assert.All(answers, a => Assert.Equal(MeaningStatus.Done, a.ByMeaningStatus));
        Assert.Equal(0, search.Admitted);
        Assert.Equal(MeaningSearch.Concurrent + MeaningSearch.MaxWaiting, model.Calls);
    }

    [Fact]
    public async Task WithNoTimeToWaitARequestFindingBothTurnsTakenIsBusy()
    {
        var model = new Gated();
        var search = model.Search(TimeSpan.Zero);
        model.Gate.Reset();
        var asked = FewByTheirWords.Take(MeaningSearch.Concurrent + 1).Select(Keywords).ToList();
        var embedding = asked.Take(MeaningSearch.Concurrent).Select(a => Task.Run(() => search.FindAsync(RealContent.Library, a.Item1, a.Item2))).ToList();
        for (var i = 0; i < MeaningSearch.Concurrent; i++) await model.Entered.WaitAsync();
        var refused = await search.FindAsync(RealContent.Library, asked[^1].Item1, asked[^1].Item2);
        Assert.Equal(MeaningStatus.Busy, refused.ByMeaningStatus);
        model.Gate.Set();
        Assert.All(await Task.WhenAll(embedding), a => Assert.Equal(MeaningStatus.Done, a.ByMeaningStatus));
    }

    [Fact]
    public async Task ASearchTheRuleLeavesToItsWordsNeverAsksTheModel()
    {
        var model = new Gated();
        var search = model.Search(Timeout.InfiniteTimeSpan);
        var request = new SearchRequest("indivisible security");
        var keywords = RealContent.Index.Search(request);
        Assert.True(keywords.Total >= MeaningRule.KeywordsTooFew);
        Assert.Equal(MeaningStatus.NotNeeded, search.Known(RealContent.Library, request, keywords).ByMeaningStatus);
        Assert.Equal(MeaningStatus.NotNeeded, (await search.FindAsync(RealContent.Library, request, keywords)).ByMeaningStatus);
        // A later page of a search that found too little is left to its words too.
        var (_, few) = Keywords(FewByTheirWords[1]);
        Assert.Equal(MeaningStatus.NotNeeded, search.Known(RealContent.Library, new SearchRequest(FewByTheirWords[1]) { Page = 2 }, few).ByMeaningStatus);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public async Task BeforeItsPassagesArePreparedTheAnswerSaysMeaningIsNotReady()
    {
        var unprepared = new MeaningSearch(MeaningModel.Shared);
        var (request, keywords) = Keywords(FewByTheirWords[2]);
        Assert.Equal(MeaningStatus.NotReady, unprepared.Known(RealContent.Library, request, keywords).ByMeaningStatus);
        Assert.Equal(MeaningStatus.NotReady, (await unprepared.FindAsync(RealContent.Library, request, keywords)).ByMeaningStatus);
    }
}
