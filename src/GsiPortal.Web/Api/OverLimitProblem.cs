using GsiPortal.Core.Addresses;
using GsiPortal.Core.Editions;
using GsiPortal.Core.Quotes;
using GsiPortal.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GsiPortal.Web.Api;

/// <summary>
/// A search refused as the search page refuses it, with what the page says beside the refusal: a query over the
/// search's limits (its characters, or its words and phrases) that nearly copies one sentence of the texts is named
/// with that sentence (the twenty-fourth session: priority 5's sentence 3 pasted whole, 49 words, was 30 words and
/// phrases where 24 are searched, and the answer was the refusal alone). Still a 400: nothing was searched, and a
/// client reading 200 would take the answer for the search's; the member <c>pastedSentence</c> says where the words are.
/// </summary>
public static class OverLimitProblem
{
    public static ProblemHttpResult Of(InvalidSearchException refused, Edition edition, SearchRequest request, CancellationToken cancellation)
    {
        if (!refused.OverLimit || request.Page != 1
            || PastedSentence.Of(edition.Quotes, request.Query, cancellation, wordForWordToo: true) is not { } pasted)
            return Problems.BadRequest("Invalid search", refused.Message);
        var sentence = new Dictionary<string, object?>
        {
            ["url"] = pasted.Match.Url,
            ["title"] = pasted.Match.Passage.Title,
            ["wordForWord"] = pasted.WordForWord,
            ["changes"] = pasted.Described.ToArray(),
            ["text"] = pasted.Match.SourceText,
            ["quoteCheckUrl"] = AddressBook.QuoteCheck(request.Query ?? ""),
        };
        var named = pasted.WordForWord
            ? $" It is {(pasted.Match.CutMidSentence ? "part of " : "")}{pasted.Match.Passage.Title}, word for word ({pasted.Match.Url})."
            : $" It looks like a quotation of {pasted.Match.Passage.Title} ({pasted.Match.Url}), with {(pasted.ChangedWords == 1 ? "one word" : $"{pasted.ChangedWords} words")} changed: {string.Join("; ", pasted.Described)}.";
        return TypedResults.Problem(title: "Invalid search", detail: refused.Message + named, statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["pastedSentence"] = sentence });
    }
}
