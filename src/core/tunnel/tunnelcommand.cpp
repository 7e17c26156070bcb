#include "tunnelcommand.h"

#include "tunneltext.h"
#include "tunneltool.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hookscope {

namespace {

QStringList sshOptionArguments(const TunnelOptions &options)
{
    QStringList arguments;
    if (options.sshPort > 0)
        arguments << u"-p"_s << QString::number(options.sshPort);
    if (!options.sshIdentity.isEmpty())
        arguments << u"-i"_s << options.sshIdentity << u"-o"_s << u"IdentitiesOnly=yes"_s;
    for (const QString &option : options.sshOptions)
        arguments << u"-o"_s << option;
    return arguments;
}

bool validOptions(const TunnelTool &tool, const TunnelOptions &options, QString *error)
{
    if (options.targetPort == 0) {
        *error = TunnelText::tr("The capture server's port is needed (it is not running?).");
        return false;
    }
    if (!tool.needsSshHost)
        return true;
    if (options.sshHost.trimmed().isEmpty() || options.sshHost.startsWith(u'-')
        || options.sshHost.contains(QRegularExpression(u"\\s"_s))) {
        *error = TunnelText::tr("ssh needs the server to forward from, as user@host.");
        return false;
    }
    if (options.sshPort < 0 || options.sshPort > 65535 || options.remotePort < 0
        || options.remotePort > 65535) {
        *error = TunnelText::tr("A port is between 1 and 65535.");
        return false;
    }
    for (const QString &option : options.sshOptions) {
        if (!option.contains(u'=') || option.startsWith(u'-')) {
            *error = TunnelText::tr("An ssh option is written NAME=VALUE, as after -o: \"%1\"").arg(option);
            return false;
        }
    }
    return true;
}

QString findProgram(const QString &name)
{
    if (name.contains(u'/')) {
        const QFileInfo file(name);
        return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(name);
}

} // namespace

std::optional<TunnelCommand> TunnelCommand::build(const TunnelTool &tool, const TunnelOptions &options,
                                                  QString *error)
{
    if (!validOptions(tool, options, error))
        return std::nullopt;

    TunnelCommand command;
    QStringList leading;
    if (!options.program.isEmpty()) {
        command.program = findProgram(options.program);
        if (command.program.isEmpty()) {
            *error = TunnelText::tr("%1 is not an executable program.").arg(options.program);
            return std::nullopt;
        }
    } else {
        for (const QStringList &candidate : tool.commands) {
            command.program = findProgram(candidate.constFirst());
            if (!command.program.isEmpty()) {
                leading = candidate.mid(1);
                break;
            }
        }
        if (command.program.isEmpty()) {
            *error = tool.installHint;
            return std::nullopt;
        }
    }

    const QHash<QString, QString> values = {
        { u"{target_host}"_s, options.targetHost },
        { u"{target_port}"_s, QString::number(options.targetPort) },
        { u"{target_authority}"_s, hostAuthority(options.targetHost, options.targetPort) },
        { u"{target_url}"_s, u"http://"_s + hostAuthority(options.targetHost, options.targetPort) },
        { u"{remote_port}"_s, QString::number(options.remotePort) },
        { u"{ssh_host}"_s, options.sshHost.trimmed() },
    };
    const QHash<QString, QStringList> lists = { { u"{ssh_options}"_s, sshOptionArguments(options) } };
    command.arguments = leading;
    for (const QString &argument : tool.arguments) {
        if (lists.contains(argument)) {
            command.arguments += lists.value(argument);
            continue;
        }
        QString expanded = argument;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            expanded.replace(it.key(), it.value());
        command.arguments.append(expanded);
    }
    return command;
}

QString TunnelCommand::displayText() const
{
    QStringList words { program };
    for (const QString &argument : arguments) {
        static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./\\[\\]-]+$"_s);
        words.append(plain.match(argument).hasMatch()
                             ? argument
                             : u"'"_s + QString(argument).replace(u"'"_s, u"'\\''"_s) + u"'"_s);
    }
    return words.join(u' ');
}

QString tunnelTargetHost(const QHostAddress &listenAddress)
{
    if (listenAddress == QHostAddress::AnyIPv4 || listenAddress == QHostAddress::Any)
        return QHostAddress(QHostAddress::LocalHost).toString();
    if (listenAddress == QHostAddress::AnyIPv6)
        return QHostAddress(QHostAddress::LocalHostIPv6).toString();
    return listenAddress.toString();
}

QString hostAuthority(const QString &host, quint16 port)
{
    const bool ipv6 = QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol;
    return (ipv6 ? u"["_s + host + u"]"_s : host) + u":"_s + QString::number(port);
}

QString sshHostName(const QString &destination)
{
    return destination.trimmed().section(u'@', -1);
}

} // namespace hookscope
