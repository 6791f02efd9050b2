#include "jsonlenient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace cs::lenient {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallDetail)
};

QString numberText(double number)
{
    // Integral values (the usual case: seconds, scores) without a decimal point.
    if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}
} // namespace

bool parseRecord(std::string_view raw, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(raw.data(), qsizetype(raw.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("The record is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        if (error)
            *error = Text::tr("The record is not a JSON object.");
        return false;
    }
    *out = document.object();
    return true;
}

QJsonValue field(const QJsonObject &object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString actualKey(const QJsonObject &object, QStringView key)
{
    if (object.contains(key))
        return key.toString();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return key.toString();
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return numberText(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: return strings(value).join(u", ");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

std::optional<qint64> integer(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number) || std::fabs(number) > 9e15)
        return std::nullopt;
    return qint64(std::llround(number));
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        return text.compare(u"true", Qt::CaseInsensitive) == 0 || text.compare(u"yes", Qt::CaseInsensitive) == 0
            || text == u"1";
    }
    return false;
}

QList<QJsonObject> objects(const QJsonValue &value)
{
    QList<QJsonObject> result;
    if (value.isObject()) {
        result.append(value.toObject());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            if (element.isObject())
                result.append(element.toObject());
        }
    }
    return result;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array) {
            const QString item = text(element);
            if (!item.isEmpty())
                result.append(item);
        }
    } else if (isPresent(value)) {
        const QString item = text(value);
        if (!item.isEmpty())
            result.append(item);
    }
    return result;
}

} // namespace cs::lenient
