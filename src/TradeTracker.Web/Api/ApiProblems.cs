namespace TradeTracker.Web.Api;

/// <summary>Problem details written outside an endpoint (authentication challenges, refusals), in the API's shape.</summary>
public static class ApiProblems
{
    public const string SignInFirst = "This endpoint changes the tracker: sign in with an editor account, or send an editor's API token as 'Authorization: Bearer <token>'.";
    public const string EditorsOnly = "Only editors can change the tracker; your account does not have the Editor role.";

    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = status,
                Title = status switch
                {
                    StatusCodes.Status401Unauthorized => "Sign in first",
                    StatusCodes.Status403Forbidden => "Not allowed",
                    StatusCodes.Status428PreconditionRequired => "Send If-Match",
                    StatusCodes.Status429TooManyRequests => "Too many requests",
                    _ => "The request was refused",
                },
                Detail = detail,
            },
        }).AsTask();
    }
}
