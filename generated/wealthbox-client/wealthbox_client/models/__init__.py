"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_user import AccountUser
from .activity_list import ActivityList
from .activity_meta import ActivityMeta
from .address_type_list import AddressTypeList
from .amount import Amount
from .amount_kind import AmountKind
from .authorize_response_type import AuthorizeResponseType
from .category_item import CategoryItem
from .comment import Comment
from .comment_body import CommentBody
from .comment_list import CommentList
from .contact import Contact
from .contact_attributes import ContactAttributes
from .contact_create import ContactCreate
from .contact_info_kind_default import ContactInfoKindDefault
from .contact_kind import ContactKind
from .contact_kind_filter import ContactKindFilter
from .contact_list import ContactList
from .contact_order import ContactOrder
from .contact_role import ContactRole
from .contact_role_assignment import ContactRoleAssignment
from .contact_role_list import ContactRoleList
from .contact_role_option import ContactRoleOption
from .contact_role_value import ContactRoleValue
from .contact_role_value_request import ContactRoleValueRequest
from .contact_source_default import ContactSourceDefault
from .contact_source_list import ContactSourceList
from .contact_status import ContactStatus
from .contact_type_default import ContactTypeDefault
from .contact_type_list import ContactTypeList
from .contact_update import ContactUpdate
from .contact_update_fields import ContactUpdateFields
from .contact_write import ContactWrite
from .custom_field import CustomField
from .custom_field_config import CustomFieldConfig
from .custom_field_config_list import CustomFieldConfigList
from .custom_field_document_type import CustomFieldDocumentType
from .custom_field_filter import CustomFieldFilter
from .custom_field_option import CustomFieldOption
from .custom_field_request import CustomFieldRequest
from .custom_field_type import CustomFieldType
from .document import Document
from .drivers_license import DriversLicense
from .email_address import EmailAddress
from .email_address_request import EmailAddressRequest
from .email_type_list import EmailTypeList
from .error import Error
from .error_details import ErrorDetails
from .event import Event
from .event_attributes import EventAttributes
from .event_category_list import EventCategoryList
from .event_create import EventCreate
from .event_list import EventList
from .event_state import EventState
from .event_update import EventUpdate
from .event_write_fields import EventWriteFields
from .file_category_list import FileCategoryList
from .financial_account_type_list import FinancialAccountTypeList
from .gender import Gender
from .household import Household
from .household_member import HouseholdMember
from .household_member_create import HouseholdMemberCreate
from .household_request import HouseholdRequest
from .household_title import HouseholdTitle
from .investment_objective_default import InvestmentObjectiveDefault
from .investment_objective_list import InvestmentObjectiveList
from .invitee import Invitee
from .invitee_request import InviteeRequest
from .invitee_type import InviteeType
from .list_order import ListOrder
from .login_profile import LoginProfile
from .mailing_address import MailingAddress
from .mailing_address_request import MailingAddressRequest
from .marital_status_default import MaritalStatusDefault
from .note import Note
from .note_attributes import NoteAttributes
from .note_create import NoteCreate
from .note_list import NoteList
from .note_order import NoteOrder
from .note_update import NoteUpdate
from .note_write import NoteWrite
from .o_auth_error import OAuthError
from .o_auth_error_error import OAuthErrorError
from .occupation import Occupation
from .opportunity import Opportunity
from .opportunity_attributes import OpportunityAttributes
from .opportunity_create import OpportunityCreate
from .opportunity_list import OpportunityList
from .opportunity_pipeline_list import OpportunityPipelineList
from .opportunity_stage_list import OpportunityStageList
from .opportunity_update import OpportunityUpdate
from .opportunity_write_fields import OpportunityWriteFields
from .page_meta import PageMeta
from .phone_number import PhoneNumber
from .phone_number_request import PhoneNumberRequest
from .phone_type_list import PhoneTypeList
from .project import Project
from .project_attributes import ProjectAttributes
from .project_create import ProjectCreate
from .project_list import ProjectList
from .project_update import ProjectUpdate
from .project_write_fields import ProjectWriteFields
from .record import Record
from .removed_contact_role_option import RemovedContactRoleOption
from .risk_tolerance import RiskTolerance
from .stream_item import StreamItem
from .tag import Tag
from .tag_document_type import TagDocumentType
from .tag_list import TagList
from .tag_with_document_type import TagWithDocumentType
from .task import Task
from .task_attributes import TaskAttributes
from .task_category_list import TaskCategoryList
from .task_create import TaskCreate
from .task_frame import TaskFrame
from .task_list import TaskList
from .task_priority import TaskPriority
from .task_type import TaskType
from .task_update import TaskUpdate
from .task_write_fields import TaskWriteFields
from .team import Team
from .team_list import TeamList
from .time_horizon import TimeHorizon
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .user import User
from .user_group import UserGroup
from .user_group_list import UserGroupList
from .user_list import UserList
from .website import Website
from .website_kind_default import WebsiteKindDefault
from .website_request import WebsiteRequest
from .website_type_list import WebsiteTypeList
from .workflow import Workflow
from .workflow_attributes import WorkflowAttributes
from .workflow_create import WorkflowCreate
from .workflow_list import WorkflowList
from .workflow_milestone import WorkflowMilestone
from .workflow_milestone_request import WorkflowMilestoneRequest
from .workflow_outcome import WorkflowOutcome
from .workflow_status import WorkflowStatus
from .workflow_step import WorkflowStep
from .workflow_step_due_based_on import WorkflowStepDueBasedOn
from .workflow_step_priority import WorkflowStepPriority
from .workflow_step_update import WorkflowStepUpdate
from .workflow_template import WorkflowTemplate
from .workflow_template_kind import WorkflowTemplateKind
from .workflow_template_list import WorkflowTemplateList
from .workflow_template_milestone import WorkflowTemplateMilestone

__all__ = (
    "Account",
    "AccountUser",
    "ActivityList",
    "ActivityMeta",
    "AddressTypeList",
    "Amount",
    "AmountKind",
    "AuthorizeResponseType",
    "CategoryItem",
    "Comment",
    "CommentBody",
    "CommentList",
    "Contact",
    "ContactAttributes",
    "ContactCreate",
    "ContactInfoKindDefault",
    "ContactKind",
    "ContactKindFilter",
    "ContactList",
    "ContactOrder",
    "ContactRole",
    "ContactRoleAssignment",
    "ContactRoleList",
    "ContactRoleOption",
    "ContactRoleValue",
    "ContactRoleValueRequest",
    "ContactSourceDefault",
    "ContactSourceList",
    "ContactStatus",
    "ContactTypeDefault",
    "ContactTypeList",
    "ContactUpdate",
    "ContactUpdateFields",
    "ContactWrite",
    "CustomField",
    "CustomFieldConfig",
    "CustomFieldConfigList",
    "CustomFieldDocumentType",
    "CustomFieldFilter",
    "CustomFieldOption",
    "CustomFieldRequest",
    "CustomFieldType",
    "Document",
    "DriversLicense",
    "EmailAddress",
    "EmailAddressRequest",
    "EmailTypeList",
    "Error",
    "ErrorDetails",
    "Event",
    "EventAttributes",
    "EventCategoryList",
    "EventCreate",
    "EventList",
    "EventState",
    "EventUpdate",
    "EventWriteFields",
    "FileCategoryList",
    "FinancialAccountTypeList",
    "Gender",
    "Household",
    "HouseholdMember",
    "HouseholdMemberCreate",
    "HouseholdRequest",
    "HouseholdTitle",
    "InvestmentObjectiveDefault",
    "InvestmentObjectiveList",
    "Invitee",
    "InviteeRequest",
    "InviteeType",
    "ListOrder",
    "LoginProfile",
    "MailingAddress",
    "MailingAddressRequest",
    "MaritalStatusDefault",
    "Note",
    "NoteAttributes",
    "NoteCreate",
    "NoteList",
    "NoteOrder",
    "NoteUpdate",
    "NoteWrite",
    "OAuthError",
    "OAuthErrorError",
    "Occupation",
    "Opportunity",
    "OpportunityAttributes",
    "OpportunityCreate",
    "OpportunityList",
    "OpportunityPipelineList",
    "OpportunityStageList",
    "OpportunityUpdate",
    "OpportunityWriteFields",
    "PageMeta",
    "PhoneNumber",
    "PhoneNumberRequest",
    "PhoneTypeList",
    "Project",
    "ProjectAttributes",
    "ProjectCreate",
    "ProjectList",
    "ProjectUpdate",
    "ProjectWriteFields",
    "Record",
    "RemovedContactRoleOption",
    "RiskTolerance",
    "StreamItem",
    "Tag",
    "TagDocumentType",
    "TagList",
    "TagWithDocumentType",
    "Task",
    "TaskAttributes",
    "TaskCategoryList",
    "TaskCreate",
    "TaskFrame",
    "TaskList",
    "TaskPriority",
    "TaskType",
    "TaskUpdate",
    "TaskWriteFields",
    "Team",
    "TeamList",
    "TimeHorizon",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "User",
    "UserGroup",
    "UserGroupList",
    "UserList",
    "Website",
    "WebsiteKindDefault",
    "WebsiteRequest",
    "WebsiteTypeList",
    "Workflow",
    "WorkflowAttributes",
    "WorkflowCreate",
    "WorkflowList",
    "WorkflowMilestone",
    "WorkflowMilestoneRequest",
    "WorkflowOutcome",
    "WorkflowStatus",
    "WorkflowStep",
    "WorkflowStepDueBasedOn",
    "WorkflowStepPriority",
    "WorkflowStepUpdate",
    "WorkflowTemplate",
    "WorkflowTemplateKind",
    "WorkflowTemplateList",
    "WorkflowTemplateMilestone",
)
