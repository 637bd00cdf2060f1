using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Tianzhong.Web.Resources;

namespace Tianzhong.Web.Infrastructure;

/// <summary>Gives the framework's own error responses (401, 403, 404, 405, 415 ...) a title in the user's language.</summary>
public static class LocalizedProblemTitles
{
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Problems built from our exceptions or by an endpoint already carry a localised title.
        if (context.Exception is not null || context.HttpContext.RequestServices.GetService<IStringLocalizer<WebText>>() is not { } text)
        {
            return;
        }

        var key = context.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest => "Error.Validation",
            StatusCodes.Status401Unauthorized => "Error.Unauthorized",
            StatusCodes.Status403Forbidden => "Error.Forbidden",
            StatusCodes.Status404NotFound => "Error.NotFound",
            StatusCodes.Status405MethodNotAllowed => "Error.MethodNotAllowed",
            StatusCodes.Status415UnsupportedMediaType => "Error.UnsupportedMediaType",
            _ => null,
        };
        if (key is not null && context.ProblemDetails.Title is null or "Bad Request" or "Unauthorized" or "Forbidden" or "Not Found" or "Method Not Allowed" or "Unsupported Media Type")
        {
            context.ProblemDetails.Title = text[key];
        }
    }
}
