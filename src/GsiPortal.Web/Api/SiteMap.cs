using System.Text;
using System.Xml;
using GsiPortal.Core.Addresses;
using GsiPortal.Core.Content;
using GsiPortal.Core.Editions;
using GsiPortal.Web.Hosting;

namespace GsiPortal.Web.Api;

/// <summary><c>/sitemap.xml</c>, listing every page, and <c>/robots.txt</c>, pointing to it.</summary>
public static class SiteMap
{
    /// <summary>Every page of the site, as site paths.</summary>
    public static IEnumerable<string> Pages(ContentLibrary library)
    {
        yield return Routes.Home;
        yield return Routes.Paper;
        foreach (var part in library.Paper.Parts)
        {
            yield return AddressBook.Part(part);
            foreach (var item in part.Items) yield return AddressBook.Item(item);
        }
        yield return Routes.Commentaries;
        foreach (var commentary in library.Commentaries) yield return AddressBook.Commentary(commentary);
        yield return Routes.Search;
        yield return Routes.QuoteCheck;
        yield return Routes.Coverage;
        foreach (var item in library.Paper.Items) yield return AddressBook.Compare(item);
        yield return Routes.Terms;
        yield return Routes.Changes;
    }

    public static void MapSiteMap(this IEndpointRouteBuilder app)
    {
        app.MapGet(Routes.Sitemap, (HttpContext context, Edition edition) =>
        {
            var origin = SiteOrigin.Of(context);
            var xml = new MemoryStream();
            using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            {
                writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var page in Pages(edition.Library))
                {
                    writer.WriteStartElement("url");
                    writer.WriteElementString("loc", origin + page);
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            return Results.Bytes(xml.ToArray(), "application/xml; charset=utf-8");
        }).ExcludeFromDescription();
        app.MapGet(Routes.Robots, (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: {Routes.Api}/\n\nSitemap: {SiteOrigin.Of(context)}{Routes.Sitemap}\n", "text/plain; charset=utf-8")).ExcludeFromDescription();
    }
}
