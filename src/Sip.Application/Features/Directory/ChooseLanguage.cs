namespace Sip.Application.Features.Directory;

/// <summary>The signed-in person chooses the UI language; it is kept with their account.</summary>
public sealed record ChooseLanguage(string Language) : ICommand<string>;

public sealed class ChooseLanguageValidator : AbstractValidator<ChooseLanguage>
{
    public ChooseLanguageValidator() =>
        RuleFor(x => x.Language).Must(l => UserAccount.SupportedLanguages.Contains(l)).WithMessage("Välj svenska eller engelska.");
}

public sealed class ChooseLanguageHandler(ISipDbContext db, ICurrentUser me) : ICommandHandler<ChooseLanguage, string>
{
    public async ValueTask<string> Handle(ChooseLanguage command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var myId = me.UserId;
        var user = await db.Users.SingleAsync(u => u.Id == myId, cancellationToken);
        user.ChooseLanguage(command.Language);
        await db.SaveChangesAsync(cancellationToken);
        return user.Language;
    }
}
