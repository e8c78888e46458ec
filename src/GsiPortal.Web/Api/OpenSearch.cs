using GsiPortal.Core.Addresses;
using GsiPortal.Web.Api.OpenApi;

namespace GsiPortal.Web.Api;

/// <summary><c>/opensearch.xml</c>, so that browsers can add the site's search.</summary>
public static class OpenSearch
{
    public static void MapOpenSearch(this IEndpointRouteBuilder app) =>
        app.MapGet(Routes.OpenSearch, (HttpContext context) =>
        {
            var origin = System.Security.SecurityElement.Escape(Hosting.SiteOrigin.Of(context));
            var xml = $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>GsiPortal</ShortName>
                  <Description>Search the Global Security Initiative Concept Paper and commentaries on it</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Url type="text/html" method="get" template="{origin}{Routes.Search}?q={"{searchTerms}"}"/>
                  <Url type="application/x-suggestions+json" template="{origin}{Routes.ApiSuggest}?q={"{searchTerms}"}"/>
                </OpenSearchDescription>
                """;
            return Results.Text(xml, "application/opensearchdescription+xml");
        }).WithTags(ApiTags.Site).WithName("OpenSearch").WithSummary("The OpenSearch description, so that browsers can add the site's search.")
            .Produces<string>(StatusCodes.Status200OK, "application/opensearchdescription+xml");
}
