// Build-time tool: renders an SVG to square PNGs, so that the hicolor sizes and
// the bundled fallback icons come from the SVG sources instead of being
// committed.  Usage: callscope-rendersvg IN.svg OUT_DIR NAME SIZE...
// writes OUT_DIR/SIZExSIZE/NAME.png for every SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char **argv)
{
    // The offscreen platform: no display at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: callscope-rendersvg IN.svg OUT_DIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "callscope-rendersvg: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        const int size = args.at(i).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = args.at(2) + QStringLiteral("/%1x%1").arg(size);
        QDir().mkpath(dir);
        if (!image.save(dir + u'/' + args.at(3) + QStringLiteral(".png"))) {
            std::fprintf(stderr, "callscope-rendersvg: cannot write into %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
