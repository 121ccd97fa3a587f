-- CreateIndex
CREATE INDEX "CourseCompletion_organisationId_userId_courseId_completedAt_idx" ON "CourseCompletion"("organisationId", "userId", "courseId", "completedAt");

-- CreateIndex
CREATE INDEX "Assignment_organisationId_userId_courseId_dueAt_idx" ON "Assignment"("organisationId", "userId", "courseId", "dueAt");

