#include "demo/DemoGenerator.h"

#include "workspace/Workspace.h"

namespace md {

Result<DemoReport> generateDemo(Workspace& workspace, const DemoSize& size,
                                const std::function<void(int, int)>& progress) {
    Q_UNUSED(workspace);
    Q_UNUSED(size);
    Q_UNUSED(progress);
    return Error{
        ErrorCode::Refused,
        QCoreApplication::translate("md::DemoGenerator", "The demo generator is not written yet.")};
}

} // namespace md
