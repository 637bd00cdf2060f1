using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tianzhong.Kernel.Auditing;
using Tianzhong.Kernel.Errors;
using Tianzhong.Web.Resources;

namespace Tianzhong.Web.Infrastructure;

/// <summary>
/// The one place errors become HTTP responses: ProblemDetails with 400 (and field errors), 403, 404 or 409, in
/// the user's language. Refused writes are audited. Anything unexpected is a 500 without a stack trace.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, IStringLocalizer<WebText> text, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away (a page navigated on while its stylesheet or a query was loading): whatever the
            // database then reports is a consequence, not a fault, and nobody is left to read a problem document.
            LogAborted(logger, httpContext.Request.Path.Value ?? string.Empty);
            return true;
        }

        var (status, title, detail) = exception switch
        {
            ValidationFailedException => (StatusCodes.Status400BadRequest, text["Error.Validation"].Value, text["Error.ValidationDetail"].Value),
            BadHttpRequestException => (StatusCodes.Status400BadRequest, text["Error.Validation"].Value, text["Error.MalformedRequest"].Value),
            ForbiddenException forbidden => (StatusCodes.Status403Forbidden, text["Error.Forbidden"].Value, forbidden.Message),
            NotFoundException notFound => (StatusCodes.Status404NotFound, text["Error.NotFound"].Value, notFound.Message),
            ConcurrencyConflictException conflict => (StatusCodes.Status409Conflict, text["Error.Conflict"].Value, conflict.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, text["Error.Conflict"].Value, text["Error.ConcurrencyDetail"].Value),
            DomainRuleException rule => (StatusCodes.Status409Conflict, text["Error.RuleBroken"].Value, rule.Message),
            _ => (StatusCodes.Status500InternalServerError, text["Error.Unexpected"].Value, text["Error.UnexpectedDetail"].Value),
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, httpContext.Request.Path);
        }
        else if (exception is not ForbiddenException { IsAudited: true } && (status == StatusCodes.Status403Forbidden || !HttpMethods.IsGet(httpContext.Request.Method)))
        {
            await AuditRefusalAsync(httpContext, status, detail).ConfigureAwait(false);
        }

        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = httpContext.Request.Path };
        var errors = exception switch
        {
            ValidationFailedException validation => validation.Errors.ToDictionary(e => e.Key, e => e.Value),
            BadHttpRequestException bad => new Dictionary<string, string[]> { [BadParameter(bad.Message)] = [text["Error.MalformedField"].Value] },
            _ => null,
        };
        if (errors is not null)
        {
            problem = new ValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail, Instance = httpContext.Request.Path };
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    private static async Task AuditRefusalAsync(HttpContext httpContext, int status, string detail)
    {
        var audit = httpContext.RequestServices.GetService<IAuditTrail>();
        if (audit is null)
        {
            return;
        }

        var outcome = status == StatusCodes.Status403Forbidden ? AuditOutcome.Denied : AuditOutcome.Failure;
        var action = status == StatusCodes.Status403Forbidden ? AuditAction.AccessDenied : AuditAction.WriteRefused;
        await audit.RecordAsync(new AuditRecord(action, "Request", $"{httpContext.Request.Method} {httpContext.Request.Path}", outcome, Detail: detail)).ConfigureAwait(false);
    }

    // The framework names the parameter it could not bind, e.g. `Failed to bind parameter "int page" from "abc".`
    private static string BadParameter(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "parameter \"[^\" ]+ (?<name>[^\"]+)\"");
        return match.Success ? match.Groups["name"].Value : "body";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request on {Path} ended because the client went away")]
    private static partial void LogAborted(ILogger logger, string path);
}
