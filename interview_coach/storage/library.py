"""Store methods for what the candidate brings: jobs, resumes, company notes, stories and
applications."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select

from interview_coach.storage.core import StoreCore, storable_text, to_record
from interview_coach.storage.records import (
    ApplicationRecord,
    ApplicationStage,
    CompanyNoteRecord,
    JobRecord,
    ResumeRecord,
    StoryRecord,
)
from interview_coach.storage.tables import Application, CompanyNote, Job, Resume, Story


class LibraryStore(StoreCore):
    # Jobs and resumes -------------------------------------------------------------------------
    def add_job(
        self,
        title: str,
        text: str,
        *,
        company: str = "",
        parsed: dict[str, Any] | None = None,
        source_name: str | None = None,
    ) -> JobRecord:
        row = Job(
            title=title,
            text=storable_text(text),
            company=company,
            parsed=parsed,
            source_name=source_name,
        )
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(JobRecord, row)

    def get_job(self, job_id: int) -> JobRecord:
        with self._transaction() as session:
            return to_record(JobRecord, self._get(session, Job, job_id))

    def list_jobs(self) -> list[JobRecord]:
        with self._transaction() as session:
            rows = session.scalars(select(Job).order_by(Job.id))
            return [to_record(JobRecord, row) for row in rows]

    def add_resume(
        self, name: str, text: str, *, parsed: dict[str, Any] | None = None
    ) -> ResumeRecord:
        row = Resume(name=name, text=storable_text(text), parsed=parsed)
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(ResumeRecord, row)

    def get_resume(self, resume_id: int) -> ResumeRecord:
        with self._transaction() as session:
            return to_record(ResumeRecord, self._get(session, Resume, resume_id))

    def list_resumes(self) -> list[ResumeRecord]:
        with self._transaction() as session:
            rows = session.scalars(select(Resume).order_by(Resume.id))
            return [to_record(ResumeRecord, row) for row in rows]

    # Company notes ----------------------------------------------------------------------------
    def add_company_note(
        self, company: str, text: str, *, job_id: int | None = None
    ) -> CompanyNoteRecord:
        row = CompanyNote(company=company, text=storable_text(text), job_id=job_id)
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(CompanyNoteRecord, row)

    def company_notes(self, company: str) -> list[CompanyNoteRecord]:
        """Notes about `company` (exact name), oldest first."""
        query = select(CompanyNote).where(CompanyNote.company == company).order_by(CompanyNote.id)
        with self._transaction() as session:
            return [to_record(CompanyNoteRecord, row) for row in session.scalars(query)]

    # Stories ----------------------------------------------------------------------------------
    def add_story(
        self,
        title: str,
        text: str,
        *,
        skills: Sequence[str] = (),
        competencies: Sequence[str] = (),
        star: dict[str, Any] | None = None,
    ) -> StoryRecord:
        row = Story(
            title=title,
            text=storable_text(text),
            skills=list(skills),
            competencies=list(competencies),
            star=dict(star or {}),
        )
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(StoryRecord, row)

    def update_story(
        self,
        story_id: int,
        *,
        title: str | None = None,
        text: str | None = None,
        skills: Sequence[str] | None = None,
        competencies: Sequence[str] | None = None,
        star: dict[str, Any] | None = None,
    ) -> StoryRecord:
        """Change the given fields of a story; fields left as None keep their value."""
        with self._transaction() as session:
            row = self._get(session, Story, story_id)
            if title is not None:
                row.title = title
            if text is not None:
                row.text = storable_text(text)
            if skills is not None:
                row.skills = list(skills)
            if competencies is not None:
                row.competencies = list(competencies)
            if star is not None:
                row.star = dict(star)
            session.flush()
            return to_record(StoryRecord, row)

    def get_story(self, story_id: int) -> StoryRecord:
        with self._transaction() as session:
            return to_record(StoryRecord, self._get(session, Story, story_id))

    def list_stories(self) -> list[StoryRecord]:
        with self._transaction() as session:
            rows = session.scalars(select(Story).order_by(Story.id))
            return [to_record(StoryRecord, row) for row in rows]

    def delete_story(self, story_id: int) -> None:
        with self._transaction() as session:
            session.delete(self._get(session, Story, story_id))

    # Applications -----------------------------------------------------------------------------
    def add_application(
        self,
        company: str,
        role: str,
        *,
        stage: ApplicationStage = ApplicationStage.APPLIED,
        interview_date: date | None = None,
        notes: str = "",
        job_id: int | None = None,
    ) -> ApplicationRecord:
        row = Application(
            company=company,
            role=role,
            stage=ApplicationStage(stage),
            interview_date=interview_date,
            notes=notes,
            job_id=job_id,
        )
        with self._transaction() as session:
            session.add(row)
            session.flush()
            return to_record(ApplicationRecord, row)

    def update_application(
        self,
        application_id: int,
        *,
        stage: ApplicationStage | None = None,
        interview_date: date | None = None,
        notes: str | None = None,
    ) -> ApplicationRecord:
        """Move an application on (stage, interview date, notes); None keeps the old value."""
        with self._transaction() as session:
            row = self._get(session, Application, application_id)
            if stage is not None:
                row.stage = ApplicationStage(stage)
            if interview_date is not None:
                row.interview_date = interview_date
            if notes is not None:
                row.notes = notes
            session.flush()
            return to_record(ApplicationRecord, row)

    def list_applications(self, stage: ApplicationStage | None = None) -> list[ApplicationRecord]:
        query = select(Application).order_by(Application.id)
        if stage is not None:
            query = query.where(Application.stage == ApplicationStage(stage))
        with self._transaction() as session:
            return [to_record(ApplicationRecord, row) for row in session.scalars(query)]
